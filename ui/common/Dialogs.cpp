#include "common/Dialogs.h"

#include <QFileDialog>
#include <QPushButton>
#include <QQueue>

namespace tongbao {

namespace {

struct Script {
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> fileNames;
    QString lastMessage;
    int messageCount = 0;
};

Script& script() {
    static Script instance;
    return instance;
}

QMessageBox::StandardButton showMessage(QWidget* parent,
                                        QMessageBox::Icon icon,
                                        const QString& title,
                                        const QString& text,
                                        const QVector<Dialogs::Choice>& choices,
                                        QMessageBox::StandardButton defaultButton) {
    script().lastMessage = text;
    ++script().messageCount;
    if (!script().answers.isEmpty())
        return script().answers.dequeue();

    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    for (const Dialogs::Choice& choice : choices) {
        QPushButton* button = box.addButton(choice.button);
        if (!choice.text.isEmpty())
            button->setText(choice.text);
    }
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    box.exec();
    const QMessageBox::StandardButton clicked = box.standardButton(box.clickedButton());
    // Closing the box with Esc or the title bar counts as its escape button, or as "no answer".
    return clicked == QMessageBox::NoButton ? QMessageBox::Cancel : clicked;
}

}  // namespace

void Dialogs::information(QWidget* parent, const QString& title, const QString& text) {
    showMessage(parent, QMessageBox::Information, title, text, {{QMessageBox::Ok, {}}},
                QMessageBox::Ok);
}

void Dialogs::warning(QWidget* parent, const QString& title, const QString& text) {
    showMessage(parent, QMessageBox::Warning, title, text, {{QMessageBox::Ok, {}}},
                QMessageBox::Ok);
}

QMessageBox::StandardButton Dialogs::question(QWidget* parent,
                                              const QString& title,
                                              const QString& text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton) {
    QVector<Choice> choices;
    for (int bit = QMessageBox::FirstButton; bit <= QMessageBox::LastButton; bit <<= 1) {
        if (buttons.testFlag(QMessageBox::StandardButton(bit)))
            choices.append(Choice{QMessageBox::StandardButton(bit), QString()});
    }
    return showMessage(parent, QMessageBox::Question, title, text, choices, defaultButton);
}

QMessageBox::StandardButton Dialogs::choose(QWidget* parent,
                                            QMessageBox::Icon icon,
                                            const QString& title,
                                            const QString& text,
                                            const QVector<Choice>& choices,
                                            QMessageBox::StandardButton defaultButton) {
    return showMessage(parent, icon, title, text, choices, defaultButton);
}

QString Dialogs::openFileName(QWidget* parent,
                              const QString& caption,
                              const QString& directory,
                              const QString& filter) {
    if (!script().fileNames.isEmpty())
        return script().fileNames.dequeue();
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString Dialogs::saveFileName(QWidget* parent,
                              const QString& caption,
                              const QString& suggestedPath,
                              const QString& filter) {
    if (!script().fileNames.isEmpty())
        return script().fileNames.dequeue();
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer) {
    script().answers.enqueue(answer);
}

void Dialogs::setNextFileName(const QString& fileName) {
    script().fileNames.enqueue(fileName);
}

QString Dialogs::lastMessage() {
    return script().lastMessage;
}

int Dialogs::messageCount() {
    return script().messageCount;
}

void Dialogs::reset() {
    script() = Script();
}

}  // namespace tongbao
