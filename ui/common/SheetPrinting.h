#pragma once

#include "report/PrintLayout.h"

#include <QString>

#include <functional>

class QPaintDevice;
class QWidget;

namespace tongbao {

// What saving and printing a sheet that core lays out on one A4 portrait document (the key
// registration sheet, the recovery key sheet) have in common: the PDF's place is asked with the
// Documents folder offered, and the print preview draws the pages core lays out for the printer,
// on paper without margins of its own (the layout places them, as on the PDF), so that the paper
// and the PDF are the same. Captions and titles come from the caller, in its own words.
class SheetPrinting {
public:
    // Asks where to save the PDF, offering `fileName` in Documents; adds ".pdf" when the name
    // chosen ends otherwise. Empty when cancelled.
    static QString askPdfPath(QWidget* parent,
                              const QString& caption,
                              const QString& fileName,
                              const QString& filter);

    // The pages of the sheet laid out for `device`; `paper` is the whole sheet in its units.
    using LayOut = std::function<QVector<PrintPage>(QPaintDevice& device, const QRectF& paper)>;
    // Shows the print preview of the pages `layOut` makes; true when they were printed (the
    // preview closes with "accepted" only after printing), which is what the access log records.
    static bool preview(QWidget* parent,
                        const QString& documentName,
                        const QString& title,
                        const LayOut& layOut);
};

}  // namespace tongbao
