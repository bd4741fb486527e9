#pragma once

#include "ui/records/OutsideRecord.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace ab {

// A record from a file that is not in the workspace, in a window of its own: where it stands (file, SHA-256,
// line), its chain fields, its exact bytes, and, when the workspace holds a record with the same id, the two
// side by side field by field with the differing fields marked. What an auditor needs to see a forged record
// beside the one the workspace holds, instead of being shown only the workspace's.
class RecordViewer : public QDialog
{
    Q_OBJECT
public:
    explicit RecordViewer(QWidget *parent = nullptr);

    // `workspaceRaw`: the workspace's record with the same id, if any (else no comparison is shown).
    void showRecord(const OutsideRecord &record, const std::optional<QByteArray> &workspaceRaw);

    // The comparison: one row per top-level field (chain fields first), columns field, this file,
    // workspace; differing rows carry "≠" in the first column.
    QTableWidget *diffTable() const { return m_diff; }
    // The names of the fields that differ between the two records (empty without a workspace record).
    QStringList differingFields() const { return m_differing; }
    QString chainFieldsText() const;
    QString rawText() const;

private:
    void fillChainFields(const QJsonObject &record);
    void fillDiff(const QJsonObject &outside, const QJsonObject &workspace);

    QLabel *m_where = nullptr;
    QLabel *m_chainFields = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QLabel *m_diffTitle = nullptr;
    QTableWidget *m_diff = nullptr;
    QStringList m_differing;
};

} // namespace ab
