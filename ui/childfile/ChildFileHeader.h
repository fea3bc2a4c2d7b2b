#pragma once

#include "domain/Child.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;

namespace tongbao {

// The top of a child's file: the name, the file status and risk as labels with words in them,
// one line of facts (sex, age, the full ID number, group, household), a band when the file is
// closed or kept by another office, and the buttons that act on the whole file with the line
// that says why Save is not possible yet.
class ChildFileHeader : public QWidget {
    Q_OBJECT

public:
    explicit ChildFileHeader(QWidget* parent = nullptr);

    // `householdHead` may be empty; `isNew` for a child not yet on file.
    void showChild(const Child& child,
                   const QString& householdHead,
                   bool isNew,
                   const QDate& today);
    // The line beside Save: red for what stops it, grey for a note.
    void setHint(const QString& text, bool problem);
    // A file another office keeps (a village's child in a town ledger): a band naming that
    // office, and no Save or Close file. An empty `keeper` is a file kept here. `here` is the
    // unit of this ledger.
    void showKeeper(const QString& keeper, const QString& here);
    bool keptElsewhere() const { return !m_keeper.isEmpty(); }

    QPushButton* saveButton() const { return m_saveButton; }
    QPushButton* closeFileButton() const { return m_closeFileButton; }
    QPushButton* reopenButton() const { return m_reopenButton; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Child m_child;
    QString m_householdHead;
    bool m_isNew = true;
    QDate m_today;
    QString m_keeper;
    QString m_here;

    QLabel* m_name = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_statusPill = nullptr;
    QLabel* m_riskPill = nullptr;
    QLabel* m_closedBanner = nullptr;
    QLabel* m_keeperBanner = nullptr;
    QLabel* m_saveHint = nullptr;
    QPushButton* m_closeFileButton = nullptr;
    QPushButton* m_reopenButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

}  // namespace tongbao
