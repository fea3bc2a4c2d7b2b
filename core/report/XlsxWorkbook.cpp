#include "report/XlsxWorkbook.h"

#include "report/SaveProblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace tongbao {

namespace {

QString styleKey(const XlsxStyle& s) {
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(int(s.bold))
        .arg(int(s.border))
        .arg(int(s.wrap))
        .arg(int(s.align))
        .arg(s.fontSize)
        .arg(s.numberFormat);
}

uint8_t alignment(XlsxStyle::Align align) {
    switch (align) {
        case XlsxStyle::Align::Left:
            return LXW_ALIGN_LEFT;
        case XlsxStyle::Align::Center:
            return LXW_ALIGN_CENTER;
        case XlsxStyle::Align::Right:
            return LXW_ALIGN_RIGHT;
    }
    return LXW_ALIGN_LEFT;
}

}  // namespace

XlsxWorkbook::XlsxWorkbook(const QString& path, const QDateTime& created, bool constantMemory)
    : m_path(path)
    , m_created(created) {
    const QFileInfo info(path);
    m_partialPath =
        info.dir().filePath(QStringLiteral(".") + info.fileName() + QStringLiteral(".partial"));
    QFile::remove(m_partialPath);
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    const QByteArray file = QFile::encodeName(m_partialPath);
    m_workbook = workbook_new_opt(file.constData(), &options);
    if (!m_workbook)
        m_error = SaveProblem::describe(path);
}

XlsxWorkbook::~XlsxWorkbook() {
    if (m_workbook) {
        // Closing is the only way libxlsxwriter frees a workbook; the partial file goes.
        workbook_close(m_workbook);
        QFile::remove(m_partialPath);
    }
}

void XlsxWorkbook::setProperties(const QString& title, const QString& company) {
    if (!m_workbook)
        return;
    m_title = title.toUtf8();
    m_company = company.toUtf8();
    lxw_doc_properties properties{};
    properties.title = m_title.data();
    properties.company = m_company.data();
    properties.created = time_t(m_created.toSecsSinceEpoch());
    check(workbook_set_properties(m_workbook, &properties));
}

lxw_worksheet* XlsxWorkbook::addSheet(const QString& name) {
    if (!m_workbook)
        return nullptr;
    const QByteArray utf8 = name.toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(m_workbook, utf8.constData());
    if (!sheet && m_error.isEmpty())
        m_error = tr("The sheet \"%1\" could not be added.").arg(name);
    return sheet;
}

lxw_format* XlsxWorkbook::format(const XlsxStyle& style) {
    const QString key = styleKey(style);
    if (lxw_format* cached = m_formats.value(key))
        return cached;
    lxw_format* f = workbook_add_format(m_workbook);
    format_set_font_name(f, "\xE5\xAE\x8B\xE4\xBD\x93");  // 宋体
    format_set_font_size(f, style.fontSize);
    if (style.bold)
        format_set_bold(f);
    if (style.border)
        format_set_border(f, LXW_BORDER_THIN);
    if (style.wrap)
        format_set_text_wrap(f);
    format_set_align(f, alignment(style.align));
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (!style.numberFormat.isEmpty())
        format_set_num_format(f, style.numberFormat.toUtf8().constData());
    m_formats.insert(key, f);
    return f;
}

void XlsxWorkbook::text(
    lxw_worksheet* sheet, int row, int column, const QString& value, const XlsxStyle& style) {
    text(sheet, row, column, value, format(style));
}

void XlsxWorkbook::text(
    lxw_worksheet* sheet, int row, int column, const QString& value, lxw_format* format) {
    if (!sheet)
        return;
    if (value.isEmpty()) {
        check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format));
        return;
    }
    check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column),
                                 value.toUtf8().constData(), format));
}

void XlsxWorkbook::number(
    lxw_worksheet* sheet, int row, int column, double value, const XlsxStyle& style) {
    number(sheet, row, column, value, format(style));
}

void XlsxWorkbook::number(
    lxw_worksheet* sheet, int row, int column, double value, lxw_format* format) {
    if (sheet)
        check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format));
}

void XlsxWorkbook::date(
    lxw_worksheet* sheet, int row, int column, const QDate& value, const XlsxStyle& style) {
    date(sheet, row, column, value, format(style));
}

void XlsxWorkbook::date(
    lxw_worksheet* sheet, int row, int column, const QDate& value, lxw_format* format) {
    if (!sheet)
        return;
    if (!value.isValid()) {
        check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format));
        return;
    }
    lxw_datetime datetime{value.year(), value.month(), value.day(), 0, 0, 0.0};
    check(worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &datetime, format));
}

void XlsxWorkbook::blank(lxw_worksheet* sheet, int row, int column, const XlsxStyle& style) {
    if (sheet)
        check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format(style)));
}

void XlsxWorkbook::merge(lxw_worksheet* sheet,
                         int firstRow,
                         int firstColumn,
                         int lastRow,
                         int lastColumn,
                         const QString& value,
                         const XlsxStyle& style) {
    if (!sheet)
        return;
    if (firstRow == lastRow && firstColumn == lastColumn) {
        text(sheet, firstRow, firstColumn, value, style);
        return;
    }
    check(worksheet_merge_range(sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                                lxw_row_t(lastRow), lxw_col_t(lastColumn),
                                value.toUtf8().constData(), format(style)));
}

Status XlsxWorkbook::close() {
    if (!m_workbook)
        return Status::failure(m_error);
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (error != LXW_NO_ERROR || !m_error.isEmpty()) {
        QFile::remove(m_partialPath);
        return Status::failure(m_error.isEmpty() ? SaveProblem::describe(m_path) : m_error);
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_partialPath, m_path)) {
        QFile::remove(m_partialPath);
        return Status::failure(SaveProblem::describe(m_path));
    }
    return Status::success();
}

void XlsxWorkbook::check(int error) {
    if (error != LXW_NO_ERROR && m_error.isEmpty())
        m_error = tr("The spreadsheet could not be filled in (%1).")
                      .arg(QString::fromUtf8(lxw_strerror(lxw_error(error))));
}

double xlsxWidthFor(const QString& text) {
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() < 0x2E80 ? 1.1 : 2.1;
    return width + 1.5;
}

}  // namespace tongbao
