#pragma once

#include "domain/Household.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace tongbao {

// The members of a household (other than the children on file) as an editable table, the way a
// clerk would keep them in a spreadsheet: name, ID number, relation to the head, date of birth,
// notes. A date typed in a form the table does not understand is kept as typed and reported, so
// nothing typed is lost; a valid ID number fills an empty date of birth.
class HouseholdMembersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, IdNumber, Relation, BirthDate, Notes, ColumnCount };

    explicit HouseholdMembersModel(QObject* parent = nullptr);

    void setMembers(const QVector<HouseholdMember>& members);
    QVector<HouseholdMember> members() const { return m_members; }
    // Rows whose date of birth text is not a date.
    QVector<int> rowsWithUnreadableDate() const;

    int addMember();
    void removeMember(int row);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    QVector<HouseholdMember> m_members;
    QStringList m_birthTexts;  // as typed, parallel to m_members
};

// Edits the relation column with a drop-down of the vocabulary.
class RelationDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent,
                          const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor,
                      QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

}  // namespace tongbao
