#include "childfile/HouseholdMembersModel.h"

#include "childfile/FieldWidgets.h"
#include "childfile/OptionalDateEdit.h"
#include "common/Clock.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"
#include "register/FieldLabels.h"

namespace tongbao {

HouseholdMembersModel::HouseholdMembersModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void HouseholdMembersModel::setMembers(const QVector<HouseholdMember>& members) {
    beginResetModel();
    m_members = members;
    m_birthTexts.clear();
    for (const HouseholdMember& member : m_members)
        m_birthTexts.append(member.birthDate.isValid() ? member.birthDate.toString(Qt::ISODate)
                                                       : QString());
    endResetModel();
}

QVector<int> HouseholdMembersModel::rowsWithUnreadableDate() const {
    QVector<int> rows;
    for (int i = 0; i < m_birthTexts.size(); ++i) {
        if (!m_birthTexts[i].trimmed().isEmpty() &&
            !OptionalDateEdit::parse(m_birthTexts[i]).isValid())
            rows.append(i);
    }
    return rows;
}

int HouseholdMembersModel::addMember() {
    const int row = int(m_members.size());
    beginInsertRows({}, row, row);
    m_members.append(HouseholdMember());
    m_birthTexts.append(QString());
    endInsertRows();
    emit edited();
    return row;
}

void HouseholdMembersModel::removeMember(int row) {
    if (row < 0 || row >= m_members.size())
        return;
    beginRemoveRows({}, row, row);
    m_members.removeAt(row);
    m_birthTexts.removeAt(row);
    endRemoveRows();
    emit edited();
}

void HouseholdMembersModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_members.isEmpty())
        emit dataChanged(index(0, Relation), index(int(m_members.size()) - 1, Relation));
}

int HouseholdMembersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_members.size());
}

int HouseholdMembersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdMembersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const HouseholdMember& member = m_members.at(index.row());
    switch (index.column()) {
        case Name:
            return member.name;
        case IdNumber:
            return member.idNumber;
        case Relation:
            if (role == Qt::EditRole || member.relation.isEmpty())
                return member.relation;
            return Vocabulary::label(vocab::MemberRelation, member.relation);
        case BirthDate:
            return m_birthTexts.at(index.row());
        case Notes:
            return member.notes;
        default:
            return {};
    }
}

bool HouseholdMembersModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    HouseholdMember& member = m_members[index.row()];
    const QString text = value.toString();
    int last = index.column();
    switch (index.column()) {
        case Name:
            member.name = text.trimmed();
            break;
        case IdNumber: {
            const tongbao::IdNumber id = tongbao::IdNumber::parse(text, Clock::current().today());
            member.idNumber = id.isValid() ? id.normalized() : text.trimmed();
            if (id.isValid() && m_birthTexts[index.row()].trimmed().isEmpty()) {
                member.birthDate = id.birthDate();
                m_birthTexts[index.row()] = id.birthDate().toString(Qt::ISODate);
                last = BirthDate;
            }
            break;
        }
        case Relation:
            member.relation = text;
            break;
        case BirthDate: {
            const QDate date = OptionalDateEdit::parse(text);
            member.birthDate = date;
            m_birthTexts[index.row()] =
                date.isValid() ? date.toString(Qt::ISODate) : text.trimmed();
            break;
        }
        case Notes:
            member.notes = text;
            break;
        default:
            return false;
    }
    emit dataChanged(index, this->index(index.row(), last));
    emit edited();
    return true;
}

Qt::ItemFlags HouseholdMembersModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant HouseholdMembersModel::headerData(int section,
                                           Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString record = QStringLiteral("household_member");
    switch (section) {
        case Name:
            return FieldLabels::label(record, QStringLiteral("name"));
        case IdNumber:
            return FieldLabels::label(record, QStringLiteral("id_number"));
        case Relation:
            return FieldLabels::label(record, QStringLiteral("relation"));
        case BirthDate:
            return FieldLabels::label(record, QStringLiteral("birth_date"));
        case Notes:
            return FieldLabels::label(record, QStringLiteral("notes"));
        default:
            return {};
    }
}

QWidget* RelationDelegate::createEditor(QWidget* parent,
                                        const QStyleOptionViewItem&,
                                        const QModelIndex&) const {
    auto* combo = new VocabularyCombo(vocab::MemberRelation, parent);
    combo->setObjectName(QStringLiteral("relationEditor"));
    return combo;
}

void RelationDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    static_cast<VocabularyCombo*>(editor)->setCode(index.data(Qt::EditRole).toString());
}

void RelationDelegate::setModelData(QWidget* editor,
                                    QAbstractItemModel* model,
                                    const QModelIndex& index) const {
    model->setData(index, static_cast<VocabularyCombo*>(editor)->code());
}

}  // namespace tongbao
