#include "FolderDrop.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace elui {

QString FolderDrop::folderFrom(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls()) return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile()) return {};
    const QFileInfo info(urls.first().toLocalFile());
    if (info.isDir()) return info.absoluteFilePath();
    if (info.isFile()) return info.absolutePath();
    return {};
}

} // namespace elui
