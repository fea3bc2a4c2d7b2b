#include "childfile/ReadOnlyInputs.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTextEdit>
#include <QToolButton>
#include <QVariant>

namespace tongbao {

namespace {

const char* const kMarked = "tongbaoMadeReadOnly";
const char* const kPalette = "tongbaoPaletteBefore";
const char* const kEnabled = "tongbaoEnabledBefore";
const char* const kReadOnly = "tongbaoReadOnlyBefore";
const char* const kTriggers = "tongbaoEditTriggersBefore";
const char* const kHidden = "tongbaoHiddenBefore";
const char* const kSymbols = "tongbaoButtonSymbolsBefore";

// The grey of a field that is shown, not filled in.
const QColor kReadGround(0xf3, 0xf5, 0xf7);
const QColor kReadText(0x1f, 0x2d, 0x3d);

// A read-only text field takes no input method text: Qt routes none to it, and a commit that
// arrives anyway (a stray event from a platform input method) is dropped here.
class InputMethodGuard : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::InputMethod) {
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

InputMethodGuard* guard() {
    static InputMethodGuard instance;
    return &instance;
}

void remember(QWidget* input) {
    input->setProperty(kMarked, true);
    input->setProperty(kPalette, QVariant::fromValue(input->palette()));
    input->setProperty(kEnabled, input->isEnabled());
}

void paintReadOnly(QWidget* input) {
    QPalette palette = input->palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        palette.setColor(group, QPalette::Base, kReadGround);
    // A disabled choice keeps its words dark: it is a fact to read, not an option missing.
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        palette.setColor(QPalette::Disabled, role, kReadText);
    input->setPalette(palette);
}

template <typename Edit>
bool setEditReadOnly(QWidget* widget, bool readOnly) {
    auto* edit = qobject_cast<Edit*>(widget);
    if (!edit)
        return false;
    if (readOnly) {
        remember(edit);
        edit->setProperty(kReadOnly, edit->isReadOnly());
        edit->setReadOnly(true);
        edit->installEventFilter(guard());
        paintReadOnly(edit);
    } else {
        edit->removeEventFilter(guard());
        edit->setReadOnly(edit->property(kReadOnly).toBool());
    }
    return true;
}

void makeReadOnly(QWidget* widget, bool readOnly) {
    if (setEditReadOnly<QLineEdit>(widget, readOnly) ||
        setEditReadOnly<QPlainTextEdit>(widget, readOnly) ||
        setEditReadOnly<QTextEdit>(widget, readOnly))
        return;
    if (setEditReadOnly<QAbstractSpinBox>(widget, readOnly)) {
        // No arrows that look as if they could change the number.
        auto* spin = static_cast<QAbstractSpinBox*>(widget);
        if (readOnly) {
            spin->setProperty(kSymbols, int(spin->buttonSymbols()));
            spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        } else {
            spin->setButtonSymbols(
                QAbstractSpinBox::ButtonSymbols(spin->property(kSymbols).toInt()));
        }
        return;
    }
    if (auto* button = qobject_cast<QToolButton*>(widget)) {
        // A date's calendar button: nothing to pick from when the date is only read.
        if (readOnly) {
            remember(button);
            button->setProperty(kHidden, button->isHidden());
            button->setEnabled(false);
            button->setVisible(false);
        } else {
            button->setEnabled(button->property(kEnabled).toBool());
            button->setVisible(!button->property(kHidden).toBool());
        }
        return;
    }
    if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
        if (readOnly) {
            remember(view);
            view->setProperty(kTriggers, int(view->editTriggers()));
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        } else {
            view->setEditTriggers(
                QAbstractItemView::EditTriggers(view->property(kTriggers).toInt()));
        }
        return;
    }
    const bool choice = qobject_cast<QComboBox*>(widget) || qobject_cast<QCheckBox*>(widget) ||
                        qobject_cast<QRadioButton*>(widget);
    if (!choice)
        return;
    if (readOnly) {
        remember(widget);
        widget->setEnabled(false);
        paintReadOnly(widget);
    } else {
        widget->setEnabled(widget->property(kEnabled).toBool());
    }
}

}  // namespace

void setInputsReadOnly(QWidget* root, bool readOnly) {
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        // A combo box's own line edit and a spin box's are handled with their owner.
        if (qobject_cast<QComboBox*>(widget->parentWidget()) ||
            qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
            continue;
        if (isMadeReadOnly(widget) == readOnly)
            continue;
        makeReadOnly(widget, readOnly);
        if (!readOnly && widget->property(kMarked).toBool()) {
            widget->setPalette(widget->property(kPalette).value<QPalette>());
            widget->setProperty(kMarked, false);
        }
    }
}

bool isMadeReadOnly(const QWidget* input) {
    return input->property(kMarked).toBool();
}

}  // namespace tongbao
