#pragma once

#include "register/ChildValidation.h"

#include <QComboBox>
#include <QHash>
#include <QSet>
#include <QWidget>

#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace tongbao {

// A choice from one kind of the vocabulary: labels in the current language, codes as data, and
// a first entry for "not filled in". A code the vocabulary does not know (from an import or a
// newer program) is kept as an entry of its own rather than lost on the next save.
class VocabularyCombo : public QComboBox {
    Q_OBJECT

public:
    VocabularyCombo(const QString& kind, QWidget* parent = nullptr);

    QString code() const;
    void setCode(const QString& code);

signals:
    void codeChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    QString m_kind;
};

// A yes / no question whose answer may not be known yet.
class YesNoCombo : public QComboBox {
    Q_OBJECT

public:
    explicit YesNoCombo(QWidget* parent = nullptr);

    std::optional<bool> value() const;
    void setValue(const std::optional<bool>& value);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
};

// Several codes of one kind as check boxes in a grid, e.g. the categories of a child. Each box
// is named "<objectName>_<code>" so that tests can find it.
class CodeChecks : public QWidget {
    Q_OBJECT

public:
    CodeChecks(const QString& kind, int columns, QWidget* parent = nullptr);

    QStringList codes() const;
    void setCodes(const QStringList& codes);
    QCheckBox* box(const QString& code) const;

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QString m_kind;
    QVector<QCheckBox*> m_boxes;
    QStringList m_unknown;  // codes not in the vocabulary, kept as they were
};

// The fields of one record laid out as a form: each field with its label (from FieldLabels,
// so the form and the history use the same words) and the line under it where its problem is
// shown in red, or its warning in amber. A problem shows once the field was edited, or for every
// field after a save was tried, so that a new form does not open covered in red.
class FieldForm : public QObject {
    Q_OBJECT

public:
    FieldForm(const QString& record, QWidget* owner);

    // Adds a field under `column` at the grid cell (row, labelColumn): the label there and the
    // field with its message line to the right, spanning `span` grid columns.
    void add(QGridLayout* grid,
             int row,
             int labelColumn,
             const QString& column,
             QWidget* field,
             int span = 1);
    // The message line of a field that lives elsewhere (a table's problems).
    void addMessageLine(const QString& column, QLabel* message);

    QLabel* label(const QString& column) const { return m_labels.value(column); }
    QLabel* message(const QString& column) const { return m_messages.value(column); }

    // Shows the problems whose field starts with `prefix`, for edited fields or all of them.
    void showProblems(const FieldProblems& problems, const QString& prefix, bool all);
    void resetTouched() { m_touched.clear(); }
    // While true (filling the fields from a record), changes are not the user's edits.
    void setSilent(bool silent) { m_silent = silent; }
    void markTouched(const QString& column);
    void retranslate();
    // A label of its own words rather than the table's (e.g. with a hint).
    void setLabelText(const QString& column, const QString& text);

signals:
    void edited(const QString& column);

private:
    void watch(const QString& column, QWidget* field);
    // One width for the labels of each grid column across the form's groups, so that the
    // fields of all groups line up.
    void alignLabels();

    QString m_record;
    QWidget* m_owner;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QLabel*> m_messages;
    QHash<QString, QString> m_ownLabels;
    QHash<QString, int> m_labelColumns;  // the grid column of each label
    QSet<QGridLayout*> m_grids;
    QSet<QString> m_touched;
    bool m_silent = false;
};

enum class MessageTone { Hint, Error, Warning, Confirmation };

// A message line under a field; the "error" property tells tests (and style sheets) an error.
QLabel* makeMessageLine(QWidget* parent, const QString& objectName);
void showMessage(QLabel* label, const QString& text, MessageTone tone);

// A heading over a group of fields, in the order of the paper form.
QLabel* makeGroupHeading(QWidget* parent, const QString& objectName);
// Adds a heading and a grid of two label-field pairs per row under it; returns the grid.
QGridLayout* addFieldGroup(QVBoxLayout* page, QLabel* heading);

}  // namespace tongbao
