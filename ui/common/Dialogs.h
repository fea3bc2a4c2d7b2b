#pragma once

#include <QMessageBox>
#include <QString>
#include <QVector>

class QWidget;

namespace tongbao {

// Every message box and file dialog of the GUI goes through this one seam, so that a test can
// answer them without a person at the keyboard: an answer queued with setNextAnswer() or
// setNextFileName() is used (and consumed) instead of showing the dialog. Messages are plain text,
// never rich text, because they often carry file names the user chose.
class Dialogs {
public:
    // A button labelled in the user's words ("Open another ledger…") standing for a standard
    // button, which is what the caller gets back and what tests answer with.
    struct Choice {
        QMessageBox::StandardButton button;
        QString text;
    };

    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent,
                                                const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static QMessageBox::StandardButton choose(QWidget* parent,
                                              QMessageBox::Icon icon,
                                              const QString& title,
                                              const QString& text,
                                              const QVector<Choice>& choices,
                                              QMessageBox::StandardButton defaultButton);

    // Empty when the user cancelled.
    static QString openFileName(QWidget* parent,
                                const QString& caption,
                                const QString& directory,
                                const QString& filter);
    static QString saveFileName(QWidget* parent,
                                const QString& caption,
                                const QString& suggestedPath,
                                const QString& filter);

    // Test hooks. Answers are used in the order they were queued.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString& fileName);  // an empty name means "cancelled"
    static QString lastMessage();  // the text of the last message box, shown or answered
    static int messageCount();     // message boxes shown or answered since the last reset()
    static void reset();           // forgets queued answers and the message history
};

}  // namespace tongbao
