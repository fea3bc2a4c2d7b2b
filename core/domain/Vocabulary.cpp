#include "domain/Vocabulary.h"

#include "common/Localization.h"

#include <QFile>
#include <QTextStream>

namespace tongbao {

namespace {

struct Table {
    QStringList kinds;  // in file order
    QHash<QString, QVector<Vocabulary::Term>> byKind;
};

Table loadTable() {
    Table table;
    QFile file(QStringLiteral(":/data/vocabulary.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The vocabulary resource is missing from the build.");
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() < 4)
            continue;
        Vocabulary::Term term{parts[1], parts[2], parts[3], parts.value(4), parts.value(5)};
        if (!table.byKind.contains(parts[0]))
            table.kinds.append(parts[0]);
        table.byKind[parts[0]].append(term);
    }
    return table;
}

const Table& table() {
    static const Table loaded = loadTable();
    return loaded;
}

const Vocabulary::Term* find(const QString& kind, const QString& code) {
    const auto it = table().byKind.constFind(kind);
    if (it == table().byKind.constEnd())
        return nullptr;
    for (const Vocabulary::Term& term : *it) {
        if (term.code == code)
            return &term;
    }
    return nullptr;
}

bool chinese() {
    return Localization::current() == Localization::Language::Chinese;
}

}  // namespace

const QVector<Vocabulary::Term>& Vocabulary::terms(const QString& kind) {
    static const QVector<Term> none;
    const auto it = table().byKind.constFind(kind);
    return it == table().byKind.constEnd() ? none : *it;
}

QStringList Vocabulary::codes(const QString& kind) {
    QStringList result;
    for (const Term& term : terms(kind))
        result.append(term.code);
    return result;
}

bool Vocabulary::contains(const QString& kind, const QString& code) {
    return find(kind, code) != nullptr;
}

QString Vocabulary::label(const QString& kind, const QString& code) {
    const Term* term = find(kind, code);
    if (!term)
        return code;
    return chinese() ? term->chinese : term->english;
}

QString Vocabulary::shortLabel(const QString& kind, const QString& code) {
    const Term* term = find(kind, code);
    if (!term)
        return code;
    const QString& shortForm = chinese() ? term->chineseShort : term->englishShort;
    return shortForm.isEmpty() ? label(kind, code) : shortForm;
}

QString Vocabulary::labels(const QString& kind, const QStringList& codes) {
    QStringList result;
    for (const QString& code : codes)
        result.append(label(kind, code));
    return result.join(chinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

QString Vocabulary::chineseLabel(const QString& kind, const QString& code) {
    const Term* term = find(kind, code);
    return term ? term->chinese : code;
}

QStringList Vocabulary::kinds() {
    return table().kinds;
}

}  // namespace tongbao
