#pragma once

class QWidget;

namespace tongbao {

// Turns every input under `root` into something that can be read but not changed, or back: text
// fields become read-only (still selectable, on a grey ground that says "not for typing"),
// choices and check boxes are disabled but keep dark, legible text, calendar buttons and the
// arrows of number fields go away, and tables stop editing in place. Used for a file another office
// keeps, so that nothing can be typed that a save would then refuse. Push buttons are left to their
// section, which knows which of them change the record. What each input was is remembered and
// restored.
void setInputsReadOnly(QWidget* root, bool readOnly);

// Whether setInputsReadOnly made this input read-only.
bool isMadeReadOnly(const QWidget* input);

}  // namespace tongbao
