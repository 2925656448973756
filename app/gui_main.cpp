// The EncoderLens desktop application: parses the command line, installs the translation for the
// system locale and shows the workbench window.
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EncoderLens"));
    QApplication::setApplicationName(QStringLiteral("EncoderLens"));
    QApplication::setApplicationVersion(QStringLiteral(ENCODERLENS_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English is a translation too (it carries the plural forms): the fallback for other locales.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("encoderlens"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/encoderlens_en.qm")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explore pre-trained text encoders."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("model"),
                                 QApplication::translate("main", "Model folder to open (default: the installed default model)."),
                                 QStringLiteral("[model]"));
    QCommandLineOption threads(QStringLiteral("threads"),
                               QApplication::translate("main", "Threads for the model (0 = all cores)."),
                               QStringLiteral("n"), QStringLiteral("0"));
    parser.addOption(threads);
    parser.process(app);

    elui::MainWindowOptions options;
    if (!parser.positionalArguments().isEmpty()) options.modelFolder = parser.positionalArguments().constFirst();
    bool ok = false;
    options.threads = parser.value(threads).toInt(&ok);
    if (!ok || options.threads < 0) parser.showHelp(1);

    elui::MainWindow window(options);
    window.show();
    return app.exec();
}
