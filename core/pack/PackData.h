#pragma once
// Reading the pack's data files (recipes, retention rules): shipped resources and the user's own files.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ab::pack {

// A resource shipped inside the binary; InputError when it is missing (a build error).
QByteArray readShippedData(const QString &resourcePath);
// A user's file; InputError "PATH: WHAT (reason)" when it cannot be read.
QByteArray readDataFile(const QString &path, const QString &what);
// The top-level JSON object; InputError with line and column for a syntax error.
QJsonObject parseDataObject(const QString &fileName, const QByteArray &json);

} // namespace ab::pack
