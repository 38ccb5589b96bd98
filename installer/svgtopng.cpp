// svgtopng IN.svg OUT.png SIZE: renders an SVG icon to a square PNG at build time, for the
// hicolor icon sizes the Linux package installs (no rsvg-convert needed).
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // shapes only: no text, no platform plugin needed
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int size = args.size() == 4 ? args.at(3).toInt(&ok) : 0;
    if (!ok || size <= 0) {
        err << "usage: svgtopng IN.svg OUT.png SIZE" << Qt::endl;
        return 1;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "svgtopng: " << args.at(1) << ": not a valid SVG file" << Qt::endl;
        return 2;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(args.at(2), "PNG")) {
        err << "svgtopng: " << args.at(2) << ": cannot write" << Qt::endl;
        return 2;
    }
    return 0;
}
