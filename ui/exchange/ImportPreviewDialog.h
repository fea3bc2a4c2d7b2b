#pragma once

#include "exchange/ImportPreview.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tongbao {

// Shows what a batch would do before the town applies it (issue 6): the village that sent it,
// its number, when it was made, the range of changes, and how many children, visits and safety
// reports are new, changed, closed or deleted, as counted by core (ImportPreview). A batch that
// is refused (unknown or revoked key, altered file, a fork, already imported) shows the reason
// in plain words and only a Close button. The dialog writes nothing: "Import" only closes it
// with Accepted, and the caller imports.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT

public:
    ImportPreviewDialog(const ImportPreview& preview,
                        const QString& path,
                        QWidget* parent = nullptr);

    QString messageText() const;  // the refusal or warning shown, for tests
    bool offersImport() const;

private:
    void fillCounts(const ImportPreview& preview);

    QLabel* m_heading = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_counts = nullptr;
    QPushButton* m_import = nullptr;
};

}  // namespace tongbao
