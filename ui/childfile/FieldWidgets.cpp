#include "childfile/FieldWidgets.h"

#include "childfile/OptionalDateEdit.h"
#include "domain/Vocabulary.h"
#include "register/FieldLabels.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tongbao {

namespace {

QString notFilledIn() {
    //: The first entry of a drop-down list: nothing chosen yet
    return QCoreApplication::translate("FieldWidgets", "— not filled in —");
}

}  // namespace

VocabularyCombo::VocabularyCombo(const QString& kind, QWidget* parent)
    : QComboBox(parent)
    , m_kind(kind) {
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMaxVisibleItems(16);
    fill();
    connect(this, &QComboBox::currentIndexChanged, this, &VocabularyCombo::codeChanged);
}

void VocabularyCombo::fill() {
    const QString current = code();
    const QSignalBlocker blocker(this);
    clear();
    addItem(notFilledIn(), QString());
    for (const Vocabulary::Term& term : Vocabulary::terms(m_kind))
        addItem(Vocabulary::label(m_kind, term.code), term.code);
    setCode(current);
}

QString VocabularyCombo::code() const {
    return currentData().toString();
}

void VocabularyCombo::setCode(const QString& code) {
    int index = findData(code);
    if (index < 0) {
        addItem(code, code);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

void VocabularyCombo::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        fill();
    QComboBox::changeEvent(event);
}

YesNoCombo::YesNoCombo(QWidget* parent)
    : QComboBox(parent) {
    fill();
}

void YesNoCombo::fill() {
    const int current = qMax(0, currentIndex());
    const QSignalBlocker blocker(this);
    clear();
    addItem(notFilledIn());
    addItem(QCoreApplication::translate("FieldWidgets", "Yes"));
    addItem(QCoreApplication::translate("FieldWidgets", "No"));
    setCurrentIndex(current);
}

std::optional<bool> YesNoCombo::value() const {
    if (currentIndex() <= 0)
        return std::nullopt;
    return currentIndex() == 1;
}

void YesNoCombo::setValue(const std::optional<bool>& value) {
    setCurrentIndex(value ? (*value ? 1 : 2) : 0);
}

void YesNoCombo::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        fill();
    QComboBox::changeEvent(event);
}

CodeChecks::CodeChecks(const QString& kind, int columns, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    const QVector<Vocabulary::Term>& terms = Vocabulary::terms(kind);
    for (int i = 0; i < terms.size(); ++i) {
        auto* box = new QCheckBox(this);
        box->setProperty("code", terms[i].code);
        grid->addWidget(box, i / columns, i % columns);
        connect(box, &QCheckBox::toggled, this, &CodeChecks::edited);
        m_boxes.append(box);
    }
    connect(this, &QObject::objectNameChanged, this, &CodeChecks::retranslateUi);
    retranslateUi();
}

QCheckBox* CodeChecks::box(const QString& code) const {
    for (QCheckBox* box : m_boxes) {
        if (box->property("code").toString() == code)
            return box;
    }
    return nullptr;
}

QStringList CodeChecks::codes() const {
    QStringList codes;
    for (QCheckBox* box : m_boxes) {
        if (box->isChecked())
            codes.append(box->property("code").toString());
    }
    return codes + m_unknown;
}

void CodeChecks::setCodes(const QStringList& codes) {
    const QSignalBlocker blocker(this);
    m_unknown.clear();
    for (QCheckBox* box : m_boxes)
        box->setChecked(codes.contains(box->property("code").toString()));
    for (const QString& code : codes) {
        if (!box(code))
            m_unknown.append(code);
    }
}

void CodeChecks::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CodeChecks::retranslateUi() {
    for (QCheckBox* box : m_boxes) {
        const QString code = box->property("code").toString();
        box->setText(Vocabulary::label(m_kind, code));
        box->setObjectName(objectName() + QLatin1Char('_') + code);
    }
}

QLabel* makeMessageLine(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

void showMessage(QLabel* label, const QString& text, MessageTone tone) {
    static const QString hint = QStringLiteral("color: #5f6b7a;");
    static const QString error = QStringLiteral("color: #c62828;");
    static const QString warning = QStringLiteral("color: #8a5a00;");
    static const QString confirmation = QStringLiteral("color: #2e7d32;");
    label->setText(text);
    switch (tone) {
        case MessageTone::Hint:
            label->setStyleSheet(hint);
            break;
        case MessageTone::Error:
            label->setStyleSheet(error);
            break;
        case MessageTone::Warning:
            label->setStyleSheet(warning);
            break;
        case MessageTone::Confirmation:
            label->setStyleSheet(confirmation);
            break;
    }
    label->setProperty("error", tone == MessageTone::Error);
    label->setVisible(!text.isEmpty());
}

QLabel* makeGroupHeading(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setStyleSheet(
        QStringLiteral("color: #0b3d75; border-bottom: 1px solid #d5dce4; padding-bottom: 4px;"));
    return label;
}

QGridLayout* addFieldGroup(QVBoxLayout* page, QLabel* heading) {
    page->addSpacing(6);
    page->addWidget(heading);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    page->addLayout(grid);
    return grid;
}

FieldForm::FieldForm(const QString& record, QWidget* owner)
    : QObject(owner)
    , m_record(record)
    , m_owner(owner) {}

void FieldForm::add(
    QGridLayout* grid, int row, int labelColumn, const QString& column, QWidget* field, int span) {
    auto* label = new QLabel(m_owner);
    label->setBuddy(field);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // As tall as a one-line field, so the label reads level with the field's first line.
    static const int lineHeight = QLineEdit().sizeHint().height();
    label->setMinimumHeight(qMin(field->sizeHint().height(), lineHeight));
    QLabel* message = makeMessageLine(m_owner, column + QStringLiteral("Message"));
    auto* box = new QWidget(m_owner);
    // Never taller than its field and message: spare height goes below the form, not into it.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    layout->addWidget(message);
    grid->addWidget(label, row, labelColumn, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(box, row, labelColumn + 1, 1, span, Qt::AlignTop);
    m_labels.insert(column, label);
    m_messages.insert(column, message);
    m_labelColumns.insert(column, labelColumn);
    m_grids.insert(grid);
    watch(column, field);
}

void FieldForm::addMessageLine(const QString& column, QLabel* message) {
    m_messages.insert(column, message);
}

void FieldForm::watch(const QString& column, QWidget* field) {
    const auto changed = [this, column] {
        if (m_silent)
            return;
        markTouched(column);
        emit edited(column);
    };
    if (auto* line = qobject_cast<QLineEdit*>(field))
        connect(line, &QLineEdit::textChanged, this, changed);
    else if (auto* date = qobject_cast<OptionalDateEdit*>(field))
        connect(date, &OptionalDateEdit::dateChanged, this, changed);
    else if (auto* combo = qobject_cast<QComboBox*>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto* checks = qobject_cast<CodeChecks*>(field))
        connect(checks, &CodeChecks::edited, this, changed);
    else if (auto* box = qobject_cast<QCheckBox*>(field))
        connect(box, &QCheckBox::toggled, this, changed);
    else if (auto* spin = qobject_cast<QSpinBox*>(field))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(field))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
}

void FieldForm::markTouched(const QString& column) {
    m_touched.insert(column);
}

void FieldForm::showProblems(const FieldProblems& problems, const QString& prefix, bool all) {
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const FieldProblem* problem = problems.forField(prefix + it.key());
        const bool shown = problem && (all || m_touched.contains(it.key()) || !problem->isError());
        if (!shown) {
            showMessage(it.value(), QString(), MessageTone::Hint);
            continue;
        }
        showMessage(it.value(), problem->message,
                    problem->isError() ? MessageTone::Error : MessageTone::Warning);
    }
}

void FieldForm::setLabelText(const QString& column, const QString& text) {
    m_ownLabels.insert(column, text);
    if (QLabel* label = m_labels.value(column))
        label->setText(text);
    alignLabels();
}

void FieldForm::retranslate() {
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        if (!m_ownLabels.contains(it.key()))
            it.value()->setText(FieldLabels::label(m_record, it.key()));
    }
    alignLabels();
}

void FieldForm::alignLabels() {
    QHash<int, int> widths;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const int column = m_labelColumns.value(it.key());
        widths[column] = qMax(widths.value(column), it.value()->sizeHint().width());
    }
    for (QGridLayout* grid : std::as_const(m_grids)) {
        for (auto it = widths.cbegin(); it != widths.cend(); ++it)
            grid->setColumnMinimumWidth(it.key(), it.value());
    }
}

}  // namespace tongbao
