#pragma once

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QPushButton;

namespace ab {

// Import without a workspace asks instead of guessing: create a workspace (the file named here) and import
// every file into it, or only verify the chain files (gateway audit exports) on the Verification page. The
// other kinds (agent runtime exports, compliance packages and bundles, OCSF events) can only be imported, so
// the dialog says which files the second choice leaves out.
class ImportChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        Cancel,
        CreateAndImport,
        VerifyOnly
    };

    // `formats`: EvidenceFormat::* of each of `paths` (empty when unrecognised).
    ImportChoiceDialog(const QStringList &paths, const QStringList &formats, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The workspace file to create (CreateAndImport), ".auditbench" appended when missing.
    QString workspacePath() const;
    void setWorkspacePath(const QString &path);

    // What each format is called in the dialog and in issues ("gateway audit export (a chain)").
    static QString formatName(const QString &format);
    // The files a verification can take: gateway audit exports.
    static bool isChainFormat(const QString &format);
    // The EvidenceFormat of a file from its content (the first record is enough); empty when unusable.
    static QString detectFormat(const QString &path);
    // A name for the new workspace beside the first file that does not exist yet.
    static QString suggestedWorkspacePath(const QStringList &paths);

private:
    Choice m_choice = Choice::Cancel;
    QLineEdit *m_path = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace ab
