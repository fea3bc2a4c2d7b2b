#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

class QDate;
class QLabel;
class QWidget;

namespace tongbao {

struct Child;

// Small pieces the visit form, the safety report form and the workbench share, so that a
// heading, an inline error and a risk label look the same on every one of them (the house
// style of NewLedgerWizard: errors in red under their field, hints in grey).
namespace formparts {

enum class Tone { Hint, Error, Confirmation };

inline constexpr QLatin1String kErrorColour{"#c62828"};
inline constexpr QLatin1String kHintColour{"#5f6b7a"};
inline constexpr QLatin1String kConfirmationColour{"#2e7d32"};

// A section heading (走访情况) in the page's accent colour.
QLabel* heading(QWidget* parent, const QString& objectName, qreal scale = 1.12);
// A line under a field, hidden while empty. The "error" property tells the tones apart for
// tests and style sheets.
QLabel* message(QWidget* parent, const QString& objectName);
void show(QLabel* label, const QString& text, Tone tone);
// A field with its message line under it.
QWidget* withMessage(QWidget* parent, QWidget* field, QLabel* message);

// A risk level as a coloured label with its word (高 / 中 / 低), never colour alone.
QLabel* riskPill(QWidget* parent);
void setRisk(QLabel* pill, const QString& riskLevel);

// "女 · 9岁 · 3组" for a header line.
QString childFacts(const Child& child, const QDate& today);

class Texts {
    Q_DECLARE_TR_FUNCTIONS(FormParts)
public:
    static QString age(int years);
};

}  // namespace formparts

}  // namespace tongbao
