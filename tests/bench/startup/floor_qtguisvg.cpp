// The start-up floor of an SVG export: a QGuiApplication on the offscreen platform (as the
// poster module starts one) drawing one line of text into a QSvgGenerator. Loading Qt Gui,
// its platform plugin and fontconfig is most of it.
#include <QGuiApplication>
#include <QPainter>
#include <QSvgGenerator>

int main(int argc, char *argv[])
{
    if (argc != 2)
        return 2;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QGuiApplication app(argc, argv);
    QSvgGenerator svg;
    svg.setFileName(QString::fromLocal8Bit(argv[1]));
    svg.setSize(QSize(200, 100));
    QPainter painter(&svg);
    painter.drawText(QPointF(10, 50), QStringLiteral("Floor"));
    return painter.end() ? 0 : 2;
}
