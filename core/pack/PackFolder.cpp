#include "core/pack/PackFolder.h"

#include "core/crypto/Crypto.h"
#include "core/pack/PackError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ab::pack {

namespace {
struct FolderTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::pack::PackFolder)
};
} // namespace

PackFolder::PackFolder(const QString &destination) : m_destination(QFileInfo(destination).absoluteFilePath())
{
    const QFileInfo info(m_destination);
    if (info.exists() &&
        (!info.isDir() ||
         !QDir(m_destination).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        throw PackError(FolderTr::tr("%1 exists and is not an empty folder").arg(destination));
    const QString parent = info.absolutePath();
    if (!QFileInfo(parent).isDir())
        throw PackError(FolderTr::tr("%1: the folder %2 does not exist").arg(destination, parent));
    m_temp = std::make_unique<QTemporaryDir>(parent + QStringLiteral("/.") + info.fileName() +
                                             QStringLiteral(".partial-XXXXXX"));
    if (!m_temp->isValid())
        throw PackError(FolderTr::tr("Cannot create a folder in %1: %2").arg(parent, m_temp->errorString()));
}

PackFolder::~PackFolder() = default;

QString PackFolder::pathOf(const QString &relative) const
{
    const QString path = m_temp->path() + QLatin1Char('/') + relative;
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        throw PackError(FolderTr::tr("Cannot create the folder %1").arg(dir));
    return path;
}

PackFile PackFolder::write(const QString &relative, const QByteArray &bytes, const char *kind) const
{
    QSaveFile file(pathOf(relative));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw PackError(FolderTr::tr("Cannot write %1: %2").arg(relative, file.errorString()));
    PackFile f;
    f.path = relative;
    f.sha256 = crypto::sha256Hex(bytes);
    f.size = bytes.size();
    f.kind = QString::fromLatin1(kind);
    return f;
}

void PackFolder::commit()
{
    // An empty destination folder is replaced; one that appeared meanwhile with content stops the rename.
    if (QFileInfo(m_destination).isDir())
        QDir().rmdir(m_destination);
    if (!QDir().rename(m_temp->path(), m_destination))
        throw PackError(FolderTr::tr("Cannot move the finished pack to %1").arg(m_destination));
    m_temp->setAutoRemove(false);
}

} // namespace ab::pack
