#include "ui/shell/ImportChoiceDialog.h"

#include "core/json/SourceText.h"
#include "core/workspace/EvidenceReader.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ab {

namespace {
// Stops the reader at the first record: its kind names the file's format.
struct FirstRecord
{
    QString format;
};

class FormatSink : public EvidenceSink
{
public:
    void gatewayRecord(qint64, std::string_view, const GatewayFields &) override
    {
        throw FirstRecord{QString::fromLatin1(EvidenceFormat::GatewayAuditExport)};
    }
    void agent(std::string_view, std::string_view, std::string_view) override
    {
        throw FirstRecord{QString::fromLatin1(EvidenceFormat::AgentRuntimeExport)};
    }
    void agentEntry(qint64, std::string_view, const AgentEntryFields &) override
    {
        throw FirstRecord{QString::fromLatin1(EvidenceFormat::AgentRuntimeExport)};
    }
    void bundle(qint64, std::string_view, const BundleFields &) override
    {
        throw FirstRecord{QString::fromLatin1(EvidenceFormat::ComplianceBundles)};
    }
    void ocsfEvent(qint64, std::string_view, const OcsfFields &) override
    {
        throw FirstRecord{QString::fromLatin1(EvidenceFormat::OcsfEvents)};
    }
    void package(std::string_view, const PackageFields &) override
    {
        throw FirstRecord{QString::fromLatin1(EvidenceFormat::CompliancePackage)};
    }
};
} // namespace

ImportChoiceDialog::ImportChoiceDialog(const QStringList &paths, const QStringList &formats, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importChoiceDialog"));
    setWindowTitle(tr("Import without a workspace"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("No workspace is open. Create one and import these files into it, or only "
                                "verify the chain files among them (nothing is stored)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("importChoiceFiles"));
    int chainFiles = 0;
    for (int i = 0; i < paths.size(); ++i) {
        const QString format = formats.value(i);
        chainFiles += isChainFormat(format) ? 1 : 0;
        list->addItem(tr("%1 — %2").arg(QFileInfo(paths.at(i)).fileName(), formatName(format)));
    }
    layout->addWidget(list, 1);

    auto *pathRow = new QHBoxLayout;
    auto *pathLabel = new QLabel(tr("New &workspace:"), this);
    m_path = new QLineEdit(suggestedWorkspacePath(paths), this);
    m_path->setObjectName(QStringLiteral("newWorkspacePath"));
    pathLabel->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    layout->addLayout(pathRow);

    auto *buttons = new QHBoxLayout;
    m_create = new QPushButton(tr("&Create workspace and import"), this);
    m_create->setObjectName(QStringLiteral("createAndImport"));
    m_create->setDefault(true);
    auto *verifyOnly = new QPushButton(
        tr("&Only verify the chain files (%1 of %Ln)", nullptr, int(paths.size())).arg(chainFiles), this);
    verifyOnly->setObjectName(QStringLiteral("verifyOnly"));
    verifyOnly->setEnabled(chainFiles > 0);
    verifyOnly->setToolTip(tr("Gateway audit exports go to the Verification page; the other files are left "
                              "out (they can only be imported)."));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelImport"));
    buttons->addWidget(m_create);
    buttons->addWidget(verifyOnly);
    buttons->addStretch();
    buttons->addWidget(cancel);
    layout->addLayout(buttons);

    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_create->setEnabled(!text.trimmed().isEmpty()); });
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), m_path->text(),
                                                          tr("AuditBench workspace (*.auditbench)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(m_create, &QPushButton::clicked, this, [this]() {
        m_choice = Choice::CreateAndImport;
        accept();
    });
    connect(verifyOnly, &QPushButton::clicked, this, [this]() {
        m_choice = Choice::VerifyOnly;
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

QString ImportChoiceDialog::workspacePath() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".auditbench")))
        path += QLatin1String(".auditbench");
    return path;
}

void ImportChoiceDialog::setWorkspacePath(const QString &path)
{
    m_path->setText(path);
}

QString ImportChoiceDialog::formatName(const QString &format)
{
    if (format == QLatin1String(EvidenceFormat::GatewayAuditExport))
        return tr("gateway audit export (a chain)");
    if (format == QLatin1String(EvidenceFormat::AgentRuntimeExport))
        return tr("agent runtime export (import only)");
    if (format == QLatin1String(EvidenceFormat::CompliancePackage))
        return tr("compliance package (import only)");
    if (format == QLatin1String(EvidenceFormat::ComplianceBundles))
        return tr("compliance bundles (import only)");
    if (format == QLatin1String(EvidenceFormat::OcsfEvents))
        return tr("OCSF events (import only)");
    return tr("not recognised (the import will say why)");
}

bool ImportChoiceDialog::isChainFormat(const QString &format)
{
    return format == QLatin1String(EvidenceFormat::GatewayAuditExport);
}

QString ImportChoiceDialog::detectFormat(const QString &path)
{
    FormatSink sink;
    try {
        return EvidenceReader::read(SourceText::fromFile(path), sink).format; // a file without records
    } catch (const FirstRecord &first) {
        return first.format;
    } catch (const std::exception &) {
        return {};
    }
}

QString ImportChoiceDialog::suggestedWorkspacePath(const QStringList &paths)
{
    const QDir dir = paths.isEmpty() ? QDir::home() : QFileInfo(paths.first()).absoluteDir();
    QString candidate = dir.filePath(QStringLiteral("evidence.auditbench"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = dir.filePath(QStringLiteral("evidence-%1.auditbench").arg(n));
    return candidate;
}

} // namespace ab
