#include "backup/BackupPassword.h"

#include "common/Dialogs.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QQueue>

namespace tongbao {

namespace {

QQueue<QString>& scripted() {
    static QQueue<QString> answers;
    return answers;
}

std::optional<QString> askOnce(QWidget* parent, const QString& text) {
    if (!scripted().isEmpty())
        return scripted().dequeue();
    bool ok = false;
    const QString password = QInputDialog::getText(
        parent, BackupPassword::tr("Administrator's password"), text, QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

}  // namespace

std::optional<QString> BackupPassword::ask(QWidget* parent, const QString& text, bool confirm) {
    for (;;) {
        const auto first = askOnce(parent, text);
        if (!first || !confirm)
            return first;
        const auto second = askOnce(parent, tr("Type the same password again."));
        if (!second)
            return std::nullopt;
        if (*first == *second)
            return first;
        Dialogs::warning(parent, tr("Administrator's password"),
                         tr("The two passwords are not the same. Please type them again."));
    }
}

void BackupPassword::setNextAnswer(const QString& password) {
    scripted().enqueue(password);
}

}  // namespace tongbao
