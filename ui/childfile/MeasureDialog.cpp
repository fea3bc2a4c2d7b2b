#include "childfile/MeasureDialog.h"

#include "childfile/FieldWidgets.h"
#include "childfile/OptionalDateEdit.h"
#include "domain/Vocabulary.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace tongbao {

MeasureDialog::MeasureDialog(ChildFileService& service, const Measure& measure, QWidget* parent)
    : RecordDialog(QStringLiteral("measure"), service, parent)
    , m_measure(measure) {
    setObjectName(QStringLiteral("measureDialog"));
    setHeading(measure.meta.id.isEmpty() ? tr("New measure") : tr("Edit measure"));
    m_kind = new VocabularyCombo(vocab::MeasureKind, this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_department = new VocabularyCombo(vocab::Department, this);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_start = new OptionalDateEdit(this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end = new OptionalDateEdit(this);
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setPlaceholderText(tr("yuan, e.g. 450.00"));
    m_status = new VocabularyCombo(vocab::MeasureStatus, this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 14);

    form()->add(grid(), 0, 0, QStringLiteral("kind"), m_kind);
    form()->add(grid(), 1, 0, QStringLiteral("department"), m_department);
    form()->add(grid(), 2, 0, QStringLiteral("start_date"), m_start);
    form()->add(grid(), 3, 0, QStringLiteral("end_date"), m_end);
    form()->add(grid(), 4, 0, QStringLiteral("amount_fen"), m_amount);
    form()->add(grid(), 5, 0, QStringLiteral("status"), m_status);
    form()->add(grid(), 6, 0, QStringLiteral("notes"), m_notes);

    m_kind->setCode(measure.kind);
    m_department->setCode(measure.department);
    m_start->setDate(measure.startDate);
    m_end->setDate(measure.endDate);
    m_amount->setText(measure.amountFenPerMonth ? amountText(measure.amountFenPerMonth)
                                                : QString());
    m_status->setCode(measure.status);
    m_notes->setPlainText(measure.notes);
    startWatching();
    m_kind->setFocus();
}

std::optional<qint64> MeasureDialog::parseAmount(const QString& text) {
    QString cleaned = text.trimmed();
    cleaned.remove(QLatin1Char(','));
    cleaned.remove(QChar(0xA5));    // ¥
    cleaned.remove(QChar(0xFFE5));  // full-width ¥
    cleaned.remove(QChar(0x5143));  // 元
    cleaned = cleaned.trimmed();
    if (cleaned.isEmpty())
        return 0;
    static const QRegularExpression amount(QStringLiteral("^(-?)(\\d{1,9})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = amount.match(cleaned);
    if (!match.hasMatch())
        return std::nullopt;
    qint64 fen = match.captured(2).toLongLong() * 100;
    const QString decimals = match.captured(3);
    if (!decimals.isEmpty())
        fen += decimals.size() == 1 ? decimals.toLongLong() * 10 : decimals.toLongLong();
    return match.captured(1).isEmpty() ? fen : -fen;
}

QString MeasureDialog::amountText(qint64 fen) {
    const qint64 magnitude = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

Measure MeasureDialog::current() const {
    Measure measure = m_measure;
    measure.kind = m_kind->code();
    measure.department = m_department->code();
    measure.startDate = m_start->date();
    measure.endDate = m_end->date();
    measure.amountFenPerMonth = parseAmount(m_amount->text()).value_or(0);
    measure.status = m_status->code();
    measure.notes = m_notes->toPlainText();
    return measure;
}

FieldProblems MeasureDialog::problems() const {
    FieldProblems found = ChildValidation::measure(current(), service().today());
    if (!parseAmount(m_amount->text()))
        found.error(QStringLiteral("amount_fen"),
                    tr("Type the amount in yuan, with at most two decimals, e.g. 450.00."));
    const QString message = tr("Type the date as 2026-11-29, or pick it from the calendar.");
    if (m_start->hasInvalidText())
        found.error(QStringLiteral("start_date"), message);
    if (m_end->hasInvalidText())
        found.error(QStringLiteral("end_date"), message);
    return found;
}

SaveOutcome MeasureDialog::store() {
    Measure measure = current();
    SaveOutcome outcome = service().saveMeasure(measure);
    if (outcome.saved())
        m_measure = measure;
    return outcome;
}

}  // namespace tongbao
