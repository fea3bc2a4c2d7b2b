#include "visits/FormParts.h"

#include "common/Appearance.h"
#include "domain/Child.h"
#include "domain/Vocabulary.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tongbao::formparts {

QLabel* heading(QWidget* parent, const QString& objectName, qreal scale) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("color: #0b3d75;"));
    return label;
}

QLabel* message(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

void show(QLabel* label, const QString& text, Tone tone) {
    const QLatin1String colour = tone == Tone::Error  ? kErrorColour
                                 : tone == Tone::Hint ? kHintColour
                                                      : kConfirmationColour;
    label->setText(text);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    label->setProperty("error", tone == Tone::Error);
    label->setVisible(!text.isEmpty());
}

QWidget* withMessage(QWidget* parent, QWidget* field, QLabel* message) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

QLabel* riskPill(QWidget* parent) {
    auto* pill = new QLabel(parent);
    pill->setObjectName(QStringLiteral("riskPill"));
    pill->setAlignment(Qt::AlignCenter);
    QFont font = pill->font();
    font.setWeight(QFont::DemiBold);
    pill->setFont(font);
    return pill;
}

void setRisk(QLabel* pill, const QString& riskLevel) {
    const appearance::RiskColours colours = appearance::riskColours(riskLevel);
    pill->setText(riskLevel.isEmpty() ? QString() : Vocabulary::label(vocab::RiskLevel, riskLevel));
    pill->setVisible(!riskLevel.isEmpty());
    pill->setMinimumWidth(2 * pill->fontMetrics().height());
    pill->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: %3px; "
                                       "padding: 1px 10px;")
                            .arg(colours.background.name(), colours.text.name())
                            .arg(pill->fontMetrics().height() / 2 + 1));
}

QString childFacts(const Child& child, const QDate& today) {
    QStringList parts;
    if (!child.sex.isEmpty())
        parts.append(Vocabulary::label(vocab::Sex, child.sex));
    const int age = child.ageOn(today);
    if (age >= 0)
        parts.append(Texts::age(age));
    if (!child.villageGroup.isEmpty())
        parts.append(child.villageGroup);
    return parts.join(QStringLiteral(" · "));
}

QString Texts::age(int years) {
    return tr("%n year(s) old", nullptr, years);
}

}  // namespace tongbao::formparts
