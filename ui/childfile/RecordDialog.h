#pragma once

#include "register/ChildFileService.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QPushButton;

namespace tongbao {

class FieldForm;

// What the measure and referral dialogs share: a form of fields with their problems inline, OK
// enabled only when the record is consistent, Enter moving to the next field instead of
// closing a half-filled form, Esc asking before throwing away what was typed, and a refused
// save keeping the dialog open with everything in it.
class RecordDialog : public QDialog {
    Q_OBJECT

public:
    RecordDialog(const QString& record, ChildFileService& service, QWidget* parent);

    // The id of the record saved, once accepted.
    const QString& savedId() const { return m_savedId; }

public slots:
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    // The problems of the record as typed (validation plus what the form itself cannot read).
    virtual FieldProblems problems() const = 0;
    // Stores the record; the outcome says whether it was.
    virtual SaveOutcome store() = 0;

    QGridLayout* grid() const { return m_grid; }
    FieldForm* form() const { return m_form; }
    ChildFileService& service() const { return m_service; }
    void setHeading(const QString& text);
    // Call once the fields are filled in.
    void startWatching();
    void refresh();

private:
    void save();

    ChildFileService& m_service;
    FieldForm* m_form = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    bool m_dirty = false;
    bool m_triedToSave = false;
    QString m_savedId;
};

}  // namespace tongbao
