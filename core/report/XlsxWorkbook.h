#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace tongbao {

// How a cell looks. Cells of office tables are 宋体 with thin borders; headers are bold and
// centred, wrap where long; numbers keep their type and get a number format.
struct XlsxStyle {
    enum class Align { Left, Center, Right };
    bool bold = false;
    bool border = true;
    bool wrap = false;
    Align align = Align::Left;
    double fontSize = 11;
    QString numberFormat;  // e.g. "0", "#,##0.00", "@" (text)
};

// A thin RAII layer over libxlsxwriter: UTF-8 conversion, a cache of formats by style, and a
// file that appears only once complete (libxlsxwriter writes its zip at close, to a temporary
// name that is renamed over the target). Errors become a Status with a plain message.
class XlsxWorkbook {
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)
public:
    // constantMemory streams rows to disk (rows must then be written in order); for sheets of
    // 100,000 rows.
    XlsxWorkbook(const QString& path, const QDateTime& created, bool constantMemory = false);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    bool ok() const { return m_workbook != nullptr && m_error.isEmpty(); }

    void setProperties(const QString& title, const QString& company);
    lxw_worksheet* addSheet(const QString& name);
    lxw_format* format(const XlsxStyle& style);

    void text(
        lxw_worksheet* sheet, int row, int column, const QString& value, const XlsxStyle& style);
    void number(lxw_worksheet* sheet, int row, int column, double value, const XlsxStyle& style);
    void blank(lxw_worksheet* sheet, int row, int column, const XlsxStyle& style);
    // A real date cell (sortable and filterable), blank when the date is unset.
    void date(
        lxw_worksheet* sheet, int row, int column, const QDate& value, const XlsxStyle& style);
    void merge(lxw_worksheet* sheet,
               int firstRow,
               int firstColumn,
               int lastRow,
               int lastColumn,
               const QString& value,
               const XlsxStyle& style);

    // The same with a format already looked up, for sheets of many rows.
    void text(lxw_worksheet* sheet, int row, int column, const QString& value, lxw_format* format);
    void number(lxw_worksheet* sheet, int row, int column, double value, lxw_format* format);
    void date(lxw_worksheet* sheet, int row, int column, const QDate& value, lxw_format* format);

    // Writes the file; afterwards the workbook can no longer be used.
    Status close();

private:
    void check(int error);

    QString m_path;
    QString m_partialPath;
    QDateTime m_created;
    lxw_workbook* m_workbook = nullptr;
    QHash<QString, lxw_format*> m_formats;
    QString m_error;
    QByteArray m_title;
    QByteArray m_company;
};

// Column widths in Excel's units (one unit is about one Latin digit; a Chinese character takes
// about two).
double xlsxWidthFor(const QString& text);

}  // namespace tongbao
