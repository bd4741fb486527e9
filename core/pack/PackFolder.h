#pragma once
// The folder a pack is written into: a hidden temporary sibling of the destination, renamed to it only when
// everything is written, so a failure or a cancel leaves nothing (the temporary folder removes itself).

#include "core/pack/PackManifest.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ab::pack {

class PackFolder
{
public:
    // Throws PackError: the destination exists and is not empty, its parent folder does not exist, or the
    // temporary folder cannot be made.
    explicit PackFolder(const QString &destination);
    ~PackFolder();

    // Absolute path of `relative` inside the temporary folder (its folders are created).
    QString pathOf(const QString &relative) const;
    // Writes a file completely or throws PackError; returns its entry (path, sha256, size, kind).
    PackFile write(const QString &relative, const QByteArray &bytes, const char *kind) const;
    // Moves the finished folder to the destination; throws PackError when that fails (nothing is left).
    void commit();
    const QString &destination() const { return m_destination; }

private:
    QString m_destination;
    std::unique_ptr<QTemporaryDir> m_temp;
};

} // namespace ab::pack
