// evalreview-make-scan IN.pdf OUT.pdf [--dpi N] [--rotate DEGREES] [--jpeg QUALITY] [--glyph-text]
//
// Rebuilds a PDF as a scanner would: every page rendered at --dpi (gray), optionally turned by
// --rotate degrees and passed through JPEG at --jpeg quality with a little sensor noise, and
// written back as an image-only PDF of the same page size. With --glyph-text the page keeps an
// invisible text layer of glyph codes ("gid00041gid00052") under the image, as PDFs whose fonts
// lost their character maps do. Test fixtures only.
#include <QBuffer>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTransform>
#include <poppler/qt6/poppler-qt6.h>

#include <cstdio>
#include <memory>

namespace {

QImage degrade(QImage image, double degrees, int jpegQuality)
{
    if (degrees != 0) {
        QImage turned(image.size(), QImage::Format_Grayscale8);
        turned.fill(Qt::white);
        QPainter p(&turned);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(image.width() / 2.0, image.height() / 2.0);
        p.rotate(degrees);
        p.translate(-image.width() / 2.0, -image.height() / 2.0);
        p.drawImage(0, 0, image);
        p.end();
        image = turned;
    }
    if (jpegQuality > 0) {
        QRandomGenerator noise(42); // the same fixture on every run
        for (int y = 0; y < image.height(); ++y) {
            uchar *line = image.scanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                line[x] = uchar(std::clamp(int(line[x]) + noise.bounded(-12, 13), 0, 255));
            }
        }
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", jpegQuality);
        image = QImage::fromData(jpeg, "JPEG").convertToFormat(QImage::Format_Grayscale8);
    }
    return image;
}

QString glyphCodes(const QString &word)
{
    QString codes;
    for (const QChar c : word) {
        codes += QStringLiteral("gid%1").arg(int(c.unicode()) % 97 + 3, 5, 10, QLatin1Char('0'));
    }
    return codes;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dpiOption(QStringLiteral("dpi"), QStringLiteral("Resolution."), QStringLiteral("N"),
                                       QStringLiteral("200"));
    const QCommandLineOption rotateOption(QStringLiteral("rotate"), QStringLiteral("Degrees."), QStringLiteral("D"),
                                          QStringLiteral("0"));
    const QCommandLineOption jpegOption(QStringLiteral("jpeg"), QStringLiteral("JPEG quality with noise."),
                                        QStringLiteral("Q"), QStringLiteral("0"));
    const QCommandLineOption glyphOption(QStringLiteral("glyph-text"), QStringLiteral("Glyph-code text layer."));
    parser.addOptions({dpiOption, rotateOption, jpegOption, glyphOption});
    parser.addPositionalArgument(QStringLiteral("in"), QStringLiteral("PDF to rebuild."));
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("Image-only PDF to write."));
    parser.process(app);
    if (parser.positionalArguments().size() != 2) {
        parser.showHelp(2);
    }
    const int dpi = parser.value(dpiOption).toInt();
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(parser.positionalArguments().at(0));
    if (!doc || doc->isLocked()) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(parser.positionalArguments().at(0)));
        return 1;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    QPdfWriter writer(parser.positionalArguments().at(1));
    writer.setResolution(dpi);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    for (int i = 0; i < doc->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        const QSizeF size = page->pageSizeF(); // points
        writer.setPageSize(QPageSize(size, QPageSize::Point));
        if (i == 0) {
            painter.begin(&writer);
        } else {
            writer.newPage();
        }
        const QRectF target(0, 0, size.width() * dpi / 72.0, size.height() * dpi / 72.0);
        if (parser.isSet(glyphOption)) {
            for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
                const QRectF r = box->boundingBox();
                QFont font(QStringLiteral("DejaVu Sans"));
                font.setPixelSize(std::max(4, int(r.height() * dpi / 72.0 * 0.8)));
                painter.setFont(font);
                painter.drawText(QPointF(r.left() * dpi / 72.0, r.bottom() * dpi / 72.0), glyphCodes(box->text()));
            }
        }
        const QImage image = degrade(page->renderToImage(dpi, dpi).convertToFormat(QImage::Format_Grayscale8),
                                     parser.value(rotateOption).toDouble(), parser.value(jpegOption).toInt());
        painter.drawImage(target, image);
    }
    painter.end();
    return 0;
}
