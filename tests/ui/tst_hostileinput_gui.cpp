// Hostile input through the GUI forms (issue 7): the child's file and the visit form take very
// long text, control characters, bidirectional overrides, emoji, SQL-looking text and invalid
// encodings in every text field, as an input method would commit them. The form saves or
// refuses with its inline messages, never crashes; the ledger passes its full check; and the
// child that was on file before shows in the register exactly as before. (The services below
// the forms are tested in tests/core/tst_hostileinput.cpp.)
#include "TempLedger.h"
#include "app/MainWindow.h"
#include "childfile/ChildFileWindow.h"
#include "childfile/ChildFileWindows.h"
#include "common/Dialogs.h"
#include "register/ChildListModel.h"
#include "register/RegisterPage.h"
#include "storage/CaseRepositories.h"
#include "storage/ChildRepository.h"
#include "storage/LedgerCheck.h"
#include "visits/VisitEntryForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QtTest>

using namespace tongbao;

namespace {

QVector<QPair<const char*, QString>> hostileStrings() {
    QString lone;
    lone.append(QChar(0xD800));
    lone.append(QStringLiteral("王"));
    lone.append(QChar(0xDC00));
    QString nul = QStringLiteral("a");
    nul.append(QChar(0));
    nul.append(QStringLiteral("b"));
    return {
        {"very long", QString(20000, QChar(0x957F))},
        {"control characters", QStringLiteral("a\x01\x07\x1b[31mred\x7f\tb\r\nc")},
        {"embedded nul", nul},
        {"bidi override", QString::fromUtf8("\u202Eabc\u202C \u2066x\u2069 \u200F")},
        {"emoji", QString::fromUtf8("👨‍👩‍👧‍👦🧒🏽🇨🇳")},
        {"sql", QStringLiteral("'); DROP TABLE child; -- \" OR 1=1 --")},
        {"invalid utf-8", QString::fromUtf8("\xff\xfe\xc3\x28\xa0\xa1")},
        {"lone surrogates", lone},
    };
}

void commitText(QWidget* widget, const QString& text) {
    widget->setFocus();
    QInputMethodEvent typed;
    typed.setCommitString(text);
    QApplication::sendEvent(widget, &typed);
}

// Every free-text field of a form gets the text; ID numbers, dates and phone numbers are left
// to their own checks (they take what their validators let through).
void fillTextFields(QWidget* form, const QString& text) {
    for (QLineEdit* edit : form->findChildren<QLineEdit*>()) {
        if (!edit->isVisibleTo(form) || edit->isReadOnly() ||
            qobject_cast<QAbstractSpinBox*>(edit->parentWidget()) ||
            qobject_cast<QComboBox*>(edit->parentWidget()))
            continue;
        commitText(edit, text);
    }
    for (QPlainTextEdit* edit : form->findChildren<QPlainTextEdit*>()) {
        if (!edit->isReadOnly())
            commitText(edit, text);
    }
}

QStringList registerRow(ChildListModel* model, int row) {
    QStringList cells;
    for (int column = 0; column < model->columnCount(); ++column)
        cells.append(model->index(row, column).data().toString());
    return cells;
}

}  // namespace

class TestHostileInputGui : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempLedger> m_ledger;
    std::unique_ptr<MainWindow> m_window;
    QString m_childId;
    QStringList m_rowBefore;

    ChildListModel* model() const { return m_window->registerPage()->model(); }

    int referenceRow() const {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->index(row, 0).data().toString() == QStringLiteral("王小明"))
                return row;
        return -1;
    }

private slots:
    void init() {
        Dialogs::reset();
        m_ledger = std::make_unique<test::TempLedger>();
        QVERIFY2(m_ledger->ok(), qPrintable(m_ledger->error()));
        Child child;
        child.name = QStringLiteral("王小明");
        child.riskLevel = QStringLiteral("medium");
        child.birthDate = QDate(2016, 5, 1);
        child.notes = QStringLiteral("普通的备注");
        QVERIFY(m_ledger->ledger().children().save(child));
        m_childId = child.meta.id;
        m_ledger->close();
        auto opened = Ledger::open(m_ledger->path(), QStringLiteral("tester"), m_ledger->clock());
        QVERIFY(opened.ok());
        m_window = std::make_unique<MainWindow>(std::move(*opened));
        m_window->setRemembersGeometry(false);
        m_window->show();
        m_window->showSection(QStringLiteral("register"));
        QTRY_VERIFY(referenceRow() >= 0);
        m_rowBefore = registerRow(model(), referenceRow());
    }

    void cleanup() {
        if (m_window) {
            const LedgerCheck::Report report = LedgerCheck(m_window->ledger().database()).run();
            QStringList problems;
            for (const LedgerFinding& finding : report.findings)
                problems.append(finding.message);
            QVERIFY2(report.clean(), qPrintable(problems.join(QLatin1Char('\n'))));
            const Result<Child> child = m_window->ledger().children().load(m_childId);
            QVERIFY(child.ok());
            QCOMPARE(child->name, QStringLiteral("王小明"));
            QCOMPARE(child->notes, QStringLiteral("普通的备注"));
            QTRY_VERIFY(referenceRow() >= 0);
            QCOMPARE(registerRow(model(), referenceRow()), m_rowBefore);
        }
        m_window.reset();
        m_ledger.reset();
    }

    void childFile_data() {
        QTest::addColumn<QString>("text");
        for (const auto& hostile : hostileStrings())
            QTest::newRow(hostile.first) << hostile.second;
    }

    void childFile() {
        QFETCH(QString, text);
        m_window->registerPage()->newChild();
        const QList<ChildFileWindow*> windows = m_window->registerPage()->childFiles()->windows();
        QVERIFY(!windows.isEmpty());
        ChildFileWindow* file = windows.last();
        for (const QString& section : {QStringLiteral("basic"), QStringLiteral("household")}) {
            file->showSection(section);
            fillTextFields(file, text);
        }
        file->showSection(QStringLiteral("basic"));
        if (auto* risk = file->findChild<QComboBox*>(QStringLiteral("riskCombo")))
            risk->setCurrentIndex(risk->findData(QStringLiteral("low")));
        if (auto* category =
                file->findChild<QCheckBox*>(QStringLiteral("categoryChecks_left_behind")))
            category->setChecked(true);
        Dialogs::setNextAnswer(QMessageBox::Yes);  // a similar child: save anyway
        const bool saved = file->save();
        qInfo("saved: %d", int(saved));
        file->discardAndClose();
        QTRY_VERIFY(m_window->registerPage()->childFiles()->windows().isEmpty());
    }

    void visitForm_data() { childFile_data(); }

    void visitForm() {
        QFETCH(QString, text);
        VisitEntryForm form(m_window->ledger(), m_childId);
        QVERIFY(form.isUsable());
        form.show();
        fillTextFields(&form, text);
        QVERIFY(form.keepDraftNow());
        const bool saved = form.save();
        qInfo("saved: %d", int(saved));
        if (saved) {
            const Result<Visit> visit = m_window->ledger().visits().load(form.savedVisitId());
            QVERIFY(visit.ok());
        }
        Dialogs::setNextAnswer(QMessageBox::Discard);
        form.close();
    }
};

QTEST_MAIN(TestHostileInputGui)
#include "tst_hostileinput_gui.moc"
