<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ErrorText</name>
    <message>
        <source>A required file or folder was not found.</source>
        <translation>Eine benötigte Datei oder ein benötigter Ordner wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>A file could not be read.</source>
        <translation>Eine Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A file is damaged or not in the expected format.</source>
        <translation>Eine Datei ist beschädigt oder nicht im erwarteten Format.</translation>
    </message>
    <message>
        <source>A configuration file is not valid JSON or has unexpected values.</source>
        <translation>Eine Konfigurationsdatei ist kein gültiges JSON oder enthält unerwartete Werte.</translation>
    </message>
    <message>
        <source>The model weights are missing or incomplete.</source>
        <translation>Die Modellgewichte fehlen oder sind unvollständig.</translation>
    </message>
    <message>
        <source>A weight tensor does not have the shape the configuration requires.</source>
        <translation>Ein Gewichtstensor hat nicht die Form, die die Konfiguration verlangt.</translation>
    </message>
    <message>
        <source>The weights use a number format that is not supported.</source>
        <translation>Die Gewichte verwenden ein nicht unterstütztes Zahlenformat.</translation>
    </message>
    <message>
        <source>This kind of model is not supported yet.</source>
        <translation>Diese Art von Modell wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Die Eingabe ist ungültig.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation>Ein interner Fehler ist aufgetreten.</translation>
    </message>
</context>
<context>
    <name>elui::AttentionControls</name>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Schicht</translation>
    </message>
    <message>
        <source>Layer shown (0 = first encoder layer)</source>
        <translation>Angezeigte Schicht (0 = erste Encoder-Schicht)</translation>
    </message>
    <message>
        <source>&amp;Head</source>
        <translation>&amp;Kopf</translation>
    </message>
    <message>
        <source>One head, or the mean / maximum over the checked heads</source>
        <translation>Ein Kopf oder Mittelwert / Maximum über die angehakten Köpfe</translation>
    </message>
    <message>
        <source>All l&amp;ayers</source>
        <translation>&amp;Alle Schichten</translation>
    </message>
    <message>
        <source>Aggregate the chosen heads over every layer instead of one</source>
        <translation>Die gewählten Köpfe über alle Schichten statt über eine zusammenfassen</translation>
    </message>
    <message>
        <source>&amp;Rollout</source>
        <translation>&amp;Rollout</translation>
    </message>
    <message>
        <source>Attention rollout (Abnar &amp; Zuidema 2020) through layers 0 to the chosen layer: per layer the chosen heads are fused, the identity is added for the residual connection, rows are renormalised, and the layers are multiplied</source>
        <translation>Attention-Rollout (Abnar &amp; Zuidema 2020) über die Schichten 0 bis zur gewählten Schicht: Je Schicht werden die gewählten Köpfe zusammengeführt, für die Residualverbindung wird die Identität addiert, die Zeilen werden neu normiert und die Schichten multipliziert</translation>
    </message>
    <message>
        <source>Hide &amp;special tokens</source>
        <translation>&amp;Sondertokens ausblenden</translation>
    </message>
    <message>
        <source>Drop [CLS], [SEP] and the like, then renormalise every row to sum to 1</source>
        <translation>[CLS], [SEP] und Ähnliche weglassen und dann jede Zeile wieder auf Summe 1 normieren</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenfassen</translation>
    </message>
    <message>
        <source>Subword tokens</source>
        <translation>Subwort-Tokens</translation>
    </message>
    <message>
        <source>Words, mean of pieces</source>
        <translation>Wörter, Mittelwert der Stücke</translation>
    </message>
    <message>
        <source>Words, first piece</source>
        <translation>Wörter, erstes Stück</translation>
    </message>
    <message>
        <source>Words, max of pieces</source>
        <translation>Wörter, Maximum der Stücke</translation>
    </message>
    <message>
        <source>Words, sum of pieces</source>
        <translation>Wörter, Summe der Stücke</translation>
    </message>
    <message>
        <source>Merge subword pieces into words. Attention to a word is the sum over its pieces (probability mass); attention from a word combines its pieces&apos; rows by the chosen rule (mean and first keep rows summing to 1).</source>
        <translation>Subwort-Stücke zu Wörtern zusammenfassen. Die Attention auf ein Wort ist die Summe über seine Stücke (Wahrscheinlichkeitsmasse); die Attention von einem Wort kombiniert die Zeilen seiner Stücke nach der gewählten Regel (Mittelwert und erstes Stück erhalten Zeilensummen von 1).</translation>
    </message>
    <message>
        <source>Head %1</source>
        <translation>Kopf %1</translation>
    </message>
    <message>
        <source>Mean of heads</source>
        <translation>Mittelwert der Köpfe</translation>
    </message>
    <message>
        <source>Max of heads</source>
        <translation>Maximum der Köpfe</translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>Kopf %1</translation>
    </message>
    <message numerus="yes">
        <source>max of %n head(s)</source>
        <translation>
            <numerusform>Maximum von %n Kopf</numerusform>
            <numerusform>Maximum von %n Köpfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean of %n head(s)</source>
        <translation>
            <numerusform>Mittelwert von %n Kopf</numerusform>
            <numerusform>Mittelwert von %n Köpfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout through layer %1 (%2)</source>
        <translation>Rollout bis Schicht %1 (%2)</translation>
    </message>
    <message>
        <source>All layers, %1</source>
        <translation>Alle Schichten, %1</translation>
    </message>
    <message>
        <source>Layer %1, %2</source>
        <translation>Schicht %1, %2</translation>
    </message>
    <message>
        <source>, special tokens hidden</source>
        <translation>, Sondertokens ausgeblendet</translation>
    </message>
</context>
<context>
    <name>elui::AttentionExplorer</name>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Head view</source>
        <translation>Kopfansicht</translation>
    </message>
    <message>
        <source>Model view</source>
        <translation>Modellansicht</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Verkleinern (−, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Vergrößern (+, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole matrix (0)</source>
        <translation>Die ganze Matrix einpassen (0)</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern …</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern …</translation>
    </message>
    <message>
        <source>Save Values as C&amp;SV…</source>
        <translation>Werte als C&amp;SV speichern …</translation>
    </message>
    <message>
        <source>Save Values as &amp;NPY…</source>
        <translation>Werte als &amp;NPY speichern …</translation>
    </message>
    <message>
        <source>Analyse a sentence to see where its attention goes.</source>
        <translation>Analysieren Sie einen Satz, um zu sehen, wohin seine Attention geht.</translation>
    </message>
    <message>
        <source>This inspection has no attention weights.</source>
        <translation>Diese Inspektion enthält keine Attention-Gewichte.</translation>
    </message>
    <message>
        <source>Check at least one head to aggregate over.</source>
        <translation>Haken Sie mindestens einen Kopf zum Zusammenfassen an.</translation>
    </message>
    <message>
        <source>Cannot show this attention: %1</source>
        <translation>Diese Attention kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Cannot compute the rollout: %1</source>
        <translation>Der Rollout kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Computing the rollout…</source>
        <translation>Rollout wird berechnet …</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n row(s)</source>
        <translation>
            <numerusform>%1 · %n Zeile</numerusform>
            <numerusform>%1 · %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no attention matrix to export.</source>
        <translation>Es gibt keine Attention-Matrix zum Exportieren.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Kommagetrennte Werte (*.csv)</translation>
    </message>
    <message>
        <source>NumPy array (*.npy)</source>
        <translation>NumPy-Array (*.npy)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Scale factor:</source>
        <translation>Skalierungsfaktor:</translation>
    </message>
    <message>
        <source>Export Attention</source>
        <translation>Attention exportieren</translation>
    </message>
</context>
<context>
    <name>elui::AttentionFigure</name>
    <message>
        <source>The image would be too large at scale %1; choose a smaller scale.</source>
        <translation>Das Bild wäre bei Faktor %1 zu groß; wählen Sie einen kleineren Faktor.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Attention heatmap exported by EncoderLens</source>
        <translation>Von EncoderLens exportierte Attention-Heatmap</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>elui::AttentionHeadSwatches</name>
    <message>
        <source>Heads:</source>
        <translation>Köpfe:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Check every head</source>
        <translation>Alle Köpfe anhaken</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Uncheck every head</source>
        <translation>Alle Haken entfernen</translation>
    </message>
    <message>
        <source>Head %1: show its lines and include it in the mean/max of heads</source>
        <translation>Kopf %1: seine Linien zeigen und ihn in Mittelwert/Maximum der Köpfe einbeziehen</translation>
    </message>
</context>
<context>
    <name>elui::AttentionHeadView</name>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
</context>
<context>
    <name>elui::AttentionHeatmap</name>
    <message>
        <source>Query ↓</source>
        <translation>Query ↓</translation>
    </message>
    <message>
        <source>%1 → %2
attention %3
query %4, key %5</source>
        <translation>%1 → %2
Attention %3
Query %4, Key %5</translation>
    </message>
    <message>
        <source>Key →</source>
        <translation>Key →</translation>
    </message>
</context>
<context>
    <name>elui::AttentionModelView</name>
    <message>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation>Schicht %1, Kopf %2</translation>
    </message>
    <message>
        <source>Brightest colour = %1 (the head&apos;s largest weight)</source>
        <translation>Hellste Farbe = %1 (das größte Gewicht des Kopfes)</translation>
    </message>
    <message>
        <source>Click to show it in the heatmap, double-click to open the heatmap.</source>
        <translation>Klicken, um ihn in der Heatmap zu zeigen; Doppelklick öffnet die Heatmap.</translation>
    </message>
</context>
<context>
    <name>elui::AttentionPage</name>
    <message>
        <source>Longest input inspected, special tokens included. The model&apos;s declared max length is the default; longer inputs reach up to what its position embeddings allow.</source>
        <translation>Längste untersuchte Eingabe, Sondertokens eingeschlossen. Standard ist die vom Modell deklarierte maximale Länge; längere Eingaben reichen bis zu dem, was seine Positions-Embeddings erlauben.</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>Max. &amp;Tokens:</translation>
    </message>
    <message>
        <source>Attention of the selected sentence.</source>
        <translation>Attention des ausgewählten Satzes.</translation>
    </message>
    <message>
        <source>Longest input inspected, special tokens included: %1 by default (the model&apos;s max length), up to %2 (its position embeddings).</source>
        <translation>Längste untersuchte Eingabe, Sondertokens eingeschlossen: standardmäßig %1 (maximale Länge des Modells), höchstens %2 (seine Positions-Embeddings).</translation>
    </message>
    <message>
        <source>Type a sentence to see its attention.</source>
        <translation>Geben Sie einen Satz ein, um seine Attention zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n token(s)</source>
        <translation>
            <numerusform>%1 · %n Token</numerusform>
            <numerusform>%1 · %n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✂ cut at %1 tokens, %n dropped</source>
        <translation>
            <numerusform>✂ bei %1 Tokens abgeschnitten, %n verworfen</numerusform>
            <numerusform>✂ bei %1 Tokens abgeschnitten, %n verworfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>elui::LogPanel</name>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
</context>
<context>
    <name>elui::MainWindow</name>
    <message>
        <source>EncoderLens</source>
        <translation>EncoderLens</translation>
    </message>
    <message>
        <source>No model loaded.
Open a model folder (File ▸ Open Model Folder…) or drop one onto this window.</source>
        <translation>Kein Modell geladen.
Öffnen Sie einen Modellordner (Datei ▸ Modellordner öffnen …) oder ziehen Sie einen Ordner in dieses Fenster.</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Model Folder…</source>
        <translation>Modellordner ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About EncoderLens</source>
        <translation>Ü&amp;ber EncoderLens</translation>
    </message>
    <message>
        <source>About EncoderLens</source>
        <translation>Über EncoderLens</translation>
    </message>
    <message>
        <source>&lt;b&gt;EncoderLens %1&lt;/b&gt;&lt;p&gt;Explore pre-trained text encoders: tokens, attention, pooling and similarity, computed by the model itself.&lt;/p&gt;</source>
        <translation>&lt;b&gt;EncoderLens %1&lt;/b&gt;&lt;p&gt;Vortrainierte Text-Encoder erkunden: Tokens, Attention, Pooling und Ähnlichkeit – berechnet vom Modell selbst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>BLAS: checking…</source>
        <translation>BLAS: wird geprüft …</translation>
    </message>
    <message>
        <source>The default model is not installed (expected at %1). Run scripts/setup, or open a model folder with File ▸ Open Model Folder…</source>
        <translation>Das Standardmodell ist nicht installiert (erwartet unter %1). Führen Sie scripts/setup aus oder öffnen Sie einen Modellordner über Datei ▸ Modellordner öffnen …</translation>
    </message>
    <message>
        <source>an unknown location</source>
        <translation>einem unbekannten Ort</translation>
    </message>
    <message>
        <source>Open Model Folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <source>Loading model from %1…</source>
        <translation>Modell wird aus %1 geladen …</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>%1 — EncoderLens</source>
        <translation>%1 — EncoderLens</translation>
    </message>
    <message>
        <source>Loaded %1: %2 layers, hidden size %3, %4 parameters, in %5 s</source>
        <translation>%1 geladen: %2 Schichten, verborgene Größe %3, %4 Parameter, in %5 s</translation>
    </message>
    <message>
        <source>Cosine similarity of the sentence embeddings (the model&apos;s declared pooling: %1%2).</source>
        <translation>Kosinus-Ähnlichkeit der Satz-Embeddings (deklariertes Pooling des Modells: %1%2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>, normalized</source>
        <translation>, normalisiert</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The folder “%1” could not be opened as a model.</source>
        <translation>Der Ordner „%1“ konnte nicht als Modell geöffnet werden.</translation>
    </message>
    <message>
        <source>The previous model (%1) stays loaded.</source>
        <translation>Das bisherige Modell (%1) bleibt geladen.</translation>
    </message>
    <message>
        <source>Could not open model</source>
        <translation>Modell konnte nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) analysed in %1 ms</source>
        <translation>
            <numerusform>%n Satz in %1 ms analysiert</numerusform>
            <numerusform>%n Sätze in %1 ms analysiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>Build: %1</source>
        <translation>Build: %1</translation>
    </message>
    <message>
        <source>⚠ Slow BLAS: %1 GFLOP/s</source>
        <translation>⚠ Langsames BLAS: %1 GFLOP/s</translation>
    </message>
    <message>
        <source>BLAS: %1 GFLOP/s</source>
        <translation>BLAS: %1 GFLOP/s</translation>
    </message>
    <message>
        <source>BLAS: unknown</source>
        <translation>BLAS: unbekannt</translation>
    </message>
    <message>
        <source>Matrix products are slow here (%1 GFLOP/s), so every model will run slowly.</source>
        <translation>Matrixprodukte sind hier langsam (%1 GFLOP/s), daher laufen alle Modelle langsam.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Open &amp;Recent Model</source>
        <translation>&amp;Zuletzt geöffnete Modelle</translation>
    </message>
    <message>
        <source>&amp;Load Sentences…</source>
        <translation>Sätze &amp;laden …</translation>
    </message>
    <message>
        <source>Read sentences from a .txt (one per line), .tsv or .csv file (two text columns: A/B pairs)</source>
        <translation>Sätze aus einer .txt-Datei (einer pro Zeile), .tsv- oder .csv-Datei lesen (zwei Textspalten: A/B-Paare)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Model Card</source>
        <translation>Modellkarte</translation>
    </message>
    <message>
        <source>Save Current View as &amp;PNG…</source>
        <translation>Aktuelle Ansicht als &amp;PNG speichern …</translation>
    </message>
    <message>
        <source>Save Current View as &amp;SVG…</source>
        <translation>Aktuelle Ansicht als &amp;SVG speichern …</translation>
    </message>
    <message>
        <source>&amp;Copy Current View Image</source>
        <translation>Bild der aktuellen Ansicht &amp;kopieren</translation>
    </message>
    <message>
        <source>BLAS: not checked</source>
        <translation>BLAS: nicht geprüft</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent models</source>
        <translation>Keine zuletzt geöffneten Modelle</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Load Sentences</source>
        <translation>Sätze laden</translation>
    </message>
    <message>
        <source>Text tables (*.txt *.tsv *.csv);;Text, one sentence per line (*.txt);;Tab-separated values (*.tsv);;Comma-separated values (*.csv);;All files (*)</source>
        <translation>Texttabellen (*.txt *.tsv *.csv);;Text, ein Satz pro Zeile (*.txt);;Tabulatorgetrennte Werte (*.tsv);;Kommagetrennte Werte (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not load sentences</source>
        <translation>Sätze konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The file “%1” could not be read as sentences.</source>
        <translation>Die Datei „%1“ konnte nicht als Sätze gelesen werden.</translation>
    </message>
    <message>
        <source>The file “%1” contains no sentences.</source>
        <translation>Die Datei „%1“ enthält keine Sätze.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sentence(s) from %1</source>
        <translation>
            <numerusform>%n Satz aus %1 geladen</numerusform>
            <numerusform>%n Sätze aus %1 geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>(pairs: columns “%1” and “%2”)</source>
        <translation>(Paare: Spalten „%1“ und „%2“)</translation>
    </message>
    <message>
        <source>(column “%1”)</source>
        <translation>(Spalte „%1“)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) beyond the first %1 were left out.</source>
        <translation>
            <numerusform>%n Zeile nach den ersten %1 wurde ausgelassen.</numerusform>
            <numerusform>%n Zeilen nach den ersten %1 wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Similarity matrix</source>
        <translation>Ähnlichkeitsmatrix</translation>
    </message>
</context>
<context>
    <name>elui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>elui::ModelSummaryView</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>keines geladen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>Attention-Köpfe</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Verborgene Größe</translation>
    </message>
    <message>
        <source>Intermediate size</source>
        <translation>Zwischengröße</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Maximale Länge</translation>
    </message>
    <message>
        <source>%1 tokens (%2 positions)</source>
        <translation>%1 Tokens (%2 Positionen)</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>Embedding-Größe</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>keines deklariert</translation>
    </message>
    <message>
        <source>%1, then normalize</source>
        <translation>%1, danach normalisieren</translation>
    </message>
    <message>
        <source>Declared pooling</source>
        <translation>Deklariertes Pooling</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>%1 (%2 M)</source>
        <translation>%1 (%2 Mio.)</translation>
    </message>
    <message>
        <source>Stored dtype</source>
        <translation>Gespeicherter Datentyp</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Float32 weights held in memory: %1 bytes</source>
        <translation>Float32-Gewichte im Speicher: %1 Bytes</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>Ladezeit</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored weights</source>
        <translation>Ignorierte Gewichte</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) not used by the encoder</source>
        <translation>
            <numerusform>%n Tensor wird vom Encoder nicht verwendet</numerusform>
            <numerusform>%n Tensoren werden vom Encoder nicht verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Lowercases (sentence-transformers)</source>
        <translation>Kleinschreibung (sentence-transformers)</translation>
    </message>
    <message>
        <source>sentence_bert_config.json do_lower_case; the tokenizer may also lowercase by itself</source>
        <translation>sentence_bert_config.json do_lower_case; der Tokenizer kann zusätzlich selbst in Kleinbuchstaben umwandeln</translation>
    </message>
    <message>
        <source>The length sentence-transformers truncates to (max_seq_length), and max_position_embeddings</source>
        <translation>Die Länge, auf die sentence-transformers kürzt (max_seq_length), und max_position_embeddings</translation>
    </message>
    <message>
        <source>Max input length</source>
        <translation>Maximale Eingabelänge</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>The longest input the position embeddings allow: the attention tab can inspect up to this</source>
        <translation>Die längste Eingabe, die die Positions-Embeddings erlauben: So weit kann die Registerkarte „Attention“ untersuchen</translation>
    </message>
    <message>
        <source>Missing or ignored</source>
        <translation>Fehlend oder ignoriert</translation>
    </message>
    <message>
        <source>nothing: every file and weight was used</source>
        <translation>nichts: Alle Dateien und Gewichte wurden verwendet</translation>
    </message>
    <message>
        <source>Missing, ignored or defaulted</source>
        <translation>Fehlend, ignoriert oder mit Standardwert</translation>
    </message>
</context>
<context>
    <name>elui::PoolingChoiceEditor</name>
    <message>
        <source>Include special tokens</source>
        <translation>Sondertokens einbeziehen</translation>
    </message>
    <message>
        <source>Normalise (L2)</source>
        <translation>Normalisieren (L2)</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Deklariert</translation>
    </message>
    <message>
        <source>Pooling mode (sentence-transformers Pooling)</source>
        <translation>Pooling-Modus (sentence-transformers Pooling)</translation>
    </message>
    <message>
        <source>Hidden state to pool: the embedding output, one layer, or the mean of the last N layers</source>
        <translation>Zu poolender verborgener Zustand: die Embedding-Ausgabe, eine Schicht oder der Mittelwert der letzten N Schichten</translation>
    </message>
    <message>
        <source>N = </source>
        <translation>N = </translation>
    </message>
    <message>
        <source>Pool over [CLS]/[SEP]-like tokens too (sentence-transformers does)</source>
        <translation>Auch über [CLS]/[SEP]-artige Tokens poolen (wie sentence-transformers)</translation>
    </message>
    <message>
        <source>Divide the pooled vector by its length (matters for the dot product)</source>
        <translation>Den gepoolten Vektor durch seine Länge teilen (wichtig für das Skalarprodukt)</translation>
    </message>
    <message>
        <source>Restore the model&apos;s declared pooling pipeline</source>
        <translation>Die vom Modell deklarierte Pooling-Pipeline wiederherstellen</translation>
    </message>
    <message>
        <source>Pooling:</source>
        <translation>Pooling:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <source>%1 (declared)</source>
        <translation>%1 (deklariert)</translation>
    </message>
    <message>
        <source>Embeddings (0)</source>
        <translation>Embeddings (0)</translation>
    </message>
    <message>
        <source>Layer %1 (last)</source>
        <translation>Schicht %1 (letzte)</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>Mean of the last N layers</source>
        <translation>Mittelwert der letzten N Schichten</translation>
    </message>
    <message numerus="yes">
        <source>mean of the last %n layer(s)</source>
        <translation>
            <numerusform>Mittelwert der letzten %n Schicht</numerusform>
            <numerusform>Mittelwert der letzten %n Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>embedding output</source>
        <translation>Embedding-Ausgabe</translation>
    </message>
    <message>
        <source>last layer</source>
        <translation>letzte Schicht</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>with special tokens</source>
        <translation>mit Sondertokens</translation>
    </message>
    <message>
        <source>without special tokens</source>
        <translation>ohne Sondertokens</translation>
    </message>
    <message>
        <source>normalised</source>
        <translation>normalisiert</translation>
    </message>
    <message>
        <source>not normalised</source>
        <translation>nicht normalisiert</translation>
    </message>
</context>
<context>
    <name>elui::PoolingLab</name>
    <message>
        <source>Choice 1</source>
        <translation>Variante 1</translation>
    </message>
    <message>
        <source>Choice 2</source>
        <translation>Variante 2</translation>
    </message>
    <message>
        <source>Cosine similarity</source>
        <translation>Kosinus-Ähnlichkeit</translation>
    </message>
    <message>
        <source>Dot product</source>
        <translation>Skalarprodukt</translation>
    </message>
    <message>
        <source>Cosine ignores the vectors&apos; lengths; the dot product sees normalisation</source>
        <translation>Der Kosinus ignoriert die Länge der Vektoren; das Skalarprodukt spiegelt die Normalisierung wider</translation>
    </message>
    <message>
        <source>Similarity:</source>
        <translation>Ähnlichkeit:</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Similarity matrices</source>
        <translation>Ähnlichkeitsmatrizen</translation>
    </message>
    <message>
        <source>Nearest sentences</source>
        <translation>Nächste Nachbarn</translation>
    </message>
    <message>
        <source>Token drivers</source>
        <translation>Token-Einfluss</translation>
    </message>
    <message>
        <source>Pooling similarity matrices</source>
        <translation>Pooling-Ähnlichkeitsmatrizen</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Kein Modell geladen.</translation>
    </message>
    <message>
        <source>Declared by the model: %1.</source>
        <translation>Vom Modell deklariert: %1.</translation>
    </message>
    <message>
        <source>The model declares no pooling; the lab takes mean pooling as its declared choice.</source>
        <translation>Das Modell deklariert kein Pooling; das Labor nimmt Mean-Pooling als deklarierte Variante an.</translation>
    </message>
    <message>
        <source>Neither choice is the model&apos;s declared pooling: neither gives its sentence embeddings.</source>
        <translation>Keine der beiden Varianten ist das deklarierte Pooling des Modells: Keine liefert seine Satz-Embeddings.</translation>
    </message>
    <message>
        <source>Choice 1 is not the model&apos;s declared pooling: its vectors are not the model&apos;s sentence embeddings.</source>
        <translation>Variante 1 ist nicht das deklarierte Pooling des Modells: Ihre Vektoren sind nicht die Satz-Embeddings des Modells.</translation>
    </message>
    <message>
        <source>Choice 2 is not the model&apos;s declared pooling: its vectors are not the model&apos;s sentence embeddings.</source>
        <translation>Variante 2 ist nicht das deklarierte Pooling des Modells: Ihre Vektoren sind nicht die Satz-Embeddings des Modells.</translation>
    </message>
    <message>
        <source>This model applies a Dense stage after pooling (%1 → %2 dimensions), which the lab does not apply.</source>
        <translation>Dieses Modell wendet nach dem Pooling eine Dense-Stufe an (%1 → %2 Dimensionen), die das Labor nicht anwendet.</translation>
    </message>
    <message>
        <source>Load a model to compare pooling choices.</source>
        <translation>Laden Sie ein Modell, um Pooling-Varianten zu vergleichen.</translation>
    </message>
    <message>
        <source>Add sentences in the workbench to compare pooling choices.</source>
        <translation>Fügen Sie in der Werkbank Sätze hinzu, um Pooling-Varianten zu vergleichen.</translation>
    </message>
    <message>
        <source>Computing the hidden states…</source>
        <translation>Verborgene Zustände werden berechnet …</translation>
    </message>
    <message>
        <source>dot product</source>
        <translation>Skalarprodukt</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choice 1&lt;/b&gt;%1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Variante 1&lt;/b&gt;%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source> (declared)</source>
        <translation> (deklariert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choice 2&lt;/b&gt;%1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Variante 2&lt;/b&gt;%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Difference&lt;/b&gt;&lt;br&gt;choice 2 − choice 1 (largest change %1)</source>
        <translation>&lt;b&gt;Differenz&lt;/b&gt;&lt;br&gt;Variante 2 − Variante 1 (größte Änderung %1)</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>choice 1</source>
        <translation>Variante 1</translation>
    </message>
    <message>
        <source>choice 2</source>
        <translation>Variante 2</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>Skalarprodukt</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Rank (choice 1)</source>
        <translation>Rang (Variante 1)</translation>
    </message>
    <message>
        <source>%1 (choice 1)</source>
        <translation>%1 (Variante 1)</translation>
    </message>
    <message>
        <source>Rank (choice 2)</source>
        <translation>Rang (Variante 2)</translation>
    </message>
    <message>
        <source>%1 (choice 2)</source>
        <translation>%1 (Variante 2)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>▼ %1</source>
        <translation>▼ %1</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source> (leaves top %1)</source>
        <translation> (verlässt die Top %1)</translation>
    </message>
    <message>
        <source> (enters top %1)</source>
        <translation> (erreicht die Top %1)</translation>
    </message>
    <message>
        <source>Nearest sentences to %1 “%2” under each choice (top %3 in bold):</source>
        <translation>Nächste Nachbarn von %1 „%2“ je Variante (Top %3 fett):</translation>
    </message>
    <message>
        <source>The top-%1 neighbours differ between the choices for %2 of %3 sentences.</source>
        <translation>Die Top-%1-Nachbarn unterscheiden sich zwischen den Varianten bei %2 von %3 Sätzen.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>choice %1 (max): share of the %2 dimensions each token wins</source>
        <translation>Variante %1 (max): Anteil der %2 Dimensionen, die jedes Token gewinnt</translation>
    </message>
    <message>
        <source>choice %1 (%2): the one token taken</source>
        <translation>Variante %1 (%2): das eine übernommene Token</translation>
    </message>
    <message>
        <source>choice %1 (%2): each token&apos;s part of the pooled vector, projected on it</source>
        <translation>Variante %1 (%2): Anteil jedes Tokens am gepoolten Vektor, auf diesen projiziert</translation>
    </message>
    <message>
        <source> — first of its modes only</source>
        <translation> – nur der erste ihrer Modi</translation>
    </message>
    <message>
        <source>Which tokens drive the pooled vector of %1 “%2” (%3).</source>
        <translation>Welche Tokens den gepoolten Vektor von %1 „%2“ prägen (%3).</translation>
    </message>
    <message>
        <source>Choice %1: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
    <message>
        <source>share of the pooled vector (%)</source>
        <translation>Anteil am gepoolten Vektor (%)</translation>
    </message>
</context>
<context>
    <name>elui::PrecisionPanel</name>
    <message>
        <source>int8 quantizes the encoder&apos;s linear layers when the model is loaded: faster, but approximate — its embeddings are close to, not equal to, the float32 reference that is exact to sentence-transformers. It was validated on all-MiniLM-L6-v2; larger models may drift more, so check the lowest cosine below. Dynamic int8 also scales activations per batch, so a sentence&apos;s int8 embedding moves slightly with the sentences embedded beside it.</source>
        <translation>int8 quantisiert beim Laden des Modells die linearen Schichten des Encoders: schneller, aber genähert – seine Embeddings liegen nahe an der float32-Referenz, die exakt sentence-transformers entspricht, gleichen ihr aber nicht. Validiert wurde es mit all-MiniLM-L6-v2; größere Modelle können stärker abweichen, prüfen Sie daher den niedrigsten Kosinus unten. Dynamisches int8 skaliert außerdem die Aktivierungen pro Batch, sodass sich das int8-Embedding eines Satzes leicht mit den daneben eingebetteten Sätzen verschiebt.</translation>
    </message>
    <message>
        <source>Compare float32 and int8</source>
        <translation>float32 und int8 vergleichen</translation>
    </message>
    <message>
        <source>Load an int8 copy of the model (once), embed the sentences with both and compare</source>
        <translation>Eine int8-Kopie des Modells (einmalig) laden, die Sätze mit beiden einbetten und vergleichen</translation>
    </message>
    <message>
        <source>Precision comparison</source>
        <translation>Genauigkeitsvergleich</translation>
    </message>
    <message>
        <source>No model is loaded. Open a model folder to compare its float32 and int8 precision.</source>
        <translation>Kein Modell geladen. Öffnen Sie einen Modellordner, um seine float32- und int8-Genauigkeit zu vergleichen.</translation>
    </message>
    <message>
        <source>Add sentences to the workbench to compare precisions.</source>
        <translation>Fügen Sie der Werkbank Sätze hinzu, um die Genauigkeiten zu vergleichen.</translation>
    </message>
    <message>
        <source>Press “Compare float32 and int8” to load an int8 copy of the model and measure both.</source>
        <translation>Klicken Sie auf „float32 und int8 vergleichen“, um eine int8-Kopie des Modells zu laden und beide zu messen.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n sentence(s)…</source>
        <translation>
            <numerusform>%n Satz wird verglichen …</numerusform>
            <numerusform>%n Sätze werden verglichen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading an int8 copy of the model and comparing %n sentence(s)…</source>
        <translation>
            <numerusform>int8-Kopie des Modells wird geladen, %n Satz wird verglichen …</numerusform>
            <numerusform>int8-Kopie des Modells wird geladen, %n Sätze werden verglichen …</numerusform>
        </translation>
    </message>
    <message>
        <source>The precision comparison failed.</source>
        <translation>Der Genauigkeitsvergleich ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (cos %2)</source>
        <translation>%1 (cos %2)</translation>
    </message>
    <message>
        <source>Lowest cosine float32 ↔ int8: %1</source>
        <translation>Niedrigster Kosinus float32 ↔ int8: %1</translation>
    </message>
    <message>
        <source>Below %1: int8 changes this model&apos;s embeddings noticeably.</source>
        <translation>Unter %1: int8 verändert die Embeddings dieses Modells merklich.</translation>
    </message>
    <message>
        <source>float32: %1 sentences/s (%2 ms per sentence) · int8: %3 sentences/s (%4 ms per sentence) · int8 speed-up ×%5</source>
        <translation>float32: %1 Sätze/s (%2 ms pro Satz) · int8: %3 Sätze/s (%4 ms pro Satz) · int8-Beschleunigung ×%5</translation>
    </message>
    <message>
        <source>int8 copy loaded in %1 ms (kept from an earlier comparison)</source>
        <translation>int8-Kopie in %1 ms geladen (aus einem früheren Vergleich behalten)</translation>
    </message>
    <message>
        <source>int8 copy loaded in %1 ms</source>
        <translation>int8-Kopie in %1 ms geladen</translation>
    </message>
    <message numerus="yes">
        <source> · best of %1 runs over %n sentence(s), batched as embed() does</source>
        <translation>
            <numerusform> · bester von %1 Durchläufen über %n Satz, in Batches wie bei embed()</numerusform>
            <numerusform> · bester von %1 Durchläufen über %n Sätze, in Batches wie bei embed()</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Similarity matrix drift: max |Δcos| %1, mean |Δcos| %2 · nearest neighbour changed for %3 of %n sentence(s)</source>
        <translation>
            <numerusform>Abweichung der Ähnlichkeitsmatrix: max. |Δcos| %1, mittl. |Δcos| %2 · nächster Nachbar geändert bei %3 von %n Satz</numerusform>
            <numerusform>Abweichung der Ähnlichkeitsmatrix: max. |Δcos| %1, mittl. |Δcos| %2 · nächster Nachbar geändert bei %3 von %n Sätzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>cos float32↔int8</source>
        <translation>cos float32↔int8</translation>
    </message>
    <message>
        <source>Nearest (float32)</source>
        <translation>Nächster Nachbar (float32)</translation>
    </message>
    <message>
        <source>Nearest (int8)</source>
        <translation>Nächster Nachbar (int8)</translation>
    </message>
    <message>
        <source>Neighbour changed</source>
        <translation>Nachbar geändert</translation>
    </message>
    <message>
        <source>max |Δcos| in row</source>
        <translation>max. |Δcos| in der Zeile</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>elui::SentenceListModel</name>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Second text (B)</source>
        <translation>Zweiter Text (B)</translation>
    </message>
</context>
<context>
    <name>elui::SentencePanel</name>
    <message>
        <source>Type a sentence…</source>
        <translation>Satz eingeben …</translation>
    </message>
    <message>
        <source>Edits the selected sentence; the views update as you type. Return adds a new sentence.</source>
        <translation>Bearbeitet den ausgewählten Satz; die Ansichten aktualisieren sich beim Tippen. Eingabe fügt einen neuen Satz hinzu.</translation>
    </message>
    <message>
        <source>&amp;Add Sentence</source>
        <translation>Satz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a new sentence below the selected one</source>
        <translation>Einen neuen Satz unter dem ausgewählten einfügen</translation>
    </message>
    <message>
        <source>&amp;Remove Sentence</source>
        <translation>Satz &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected sentences</source>
        <translation>Die ausgewählten Sätze entfernen</translation>
    </message>
    <message>
        <source>&amp;Paste Sentences</source>
        <translation>Sätze ein&amp;fügen</translation>
    </message>
    <message>
        <source>Add every line of the clipboard as a sentence</source>
        <translation>Jede Zeile der Zwischenablage als Satz hinzufügen</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Second text (B) of the pair, optional…</source>
        <translation>Zweiter Text (B) des Paars, optional …</translation>
    </message>
    <message>
        <source>With a second text the sentence is tokenized and inspected as an A/B pair (segments and type ids); the similarity matrix uses text A.</source>
        <translation>Mit einem zweiten Text wird der Satz als A/B-Paar tokenisiert und untersucht (Segmente und Typ-IDs); die Ähnlichkeitsmatrix verwendet Text A.</translation>
    </message>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>&amp;Nächster Satz</translation>
    </message>
    <message>
        <source>Pre&amp;vious Sentence</source>
        <translation>&amp;Vorheriger Satz</translation>
    </message>
    <message>
        <source>Sentence Pa&amp;irs (A/B)</source>
        <translation>Satz&amp;paare (A/B)</translation>
    </message>
    <message>
        <source>Show a second text (B) per sentence, tokenized and inspected as a pair</source>
        <translation>Pro Satz einen zweiten Text (B) anzeigen, der als Paar tokenisiert und untersucht wird</translation>
    </message>
</context>
<context>
    <name>elui::SimilarityMaps</name>
    <message>
        <source>Input order</source>
        <translation>Eingabereihenfolge</translation>
    </message>
    <message>
        <source>Clustered (average linkage on 1 − cosine)</source>
        <translation>Geclustert (Average Linkage auf 1 − Kosinus)</translation>
    </message>
    <message>
        <source>Hidden state whose token embeddings the token map compares</source>
        <translation>Verborgener Zustand, dessen Token-Embeddings die Token-Karte vergleicht</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>Token layer:</source>
        <translation>Token-Schicht:</translation>
    </message>
    <message>
        <source>Sentence similarity</source>
        <translation>Satzähnlichkeit</translation>
    </message>
    <message>
        <source>Token similarity of the pair</source>
        <translation>Token-Ähnlichkeit des Paars</translation>
    </message>
    <message>
        <source>Pair similarity across layers</source>
        <translation>Paarähnlichkeit über die Schichten</translation>
    </message>
    <message>
        <source>Embeddings (0)</source>
        <translation>Embeddings (0)</translation>
    </message>
    <message>
        <source>Layer %1 (last)</source>
        <translation>Schicht %1 (letzte)</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sentence similarity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Satzähnlichkeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Token similarity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Token-Ähnlichkeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pair similarity across layers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Paarähnlichkeit über die Schichten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Load a model to see similarity maps.</source>
        <translation>Laden Sie ein Modell, um Ähnlichkeitskarten zu sehen.</translation>
    </message>
    <message>
        <source>Add sentences in the workbench to see similarity maps.</source>
        <translation>Fügen Sie in der Werkbank Sätze hinzu, um Ähnlichkeitskarten zu sehen.</translation>
    </message>
    <message>
        <source>Computing the hidden states…</source>
        <translation>Verborgene Zustände werden berechnet …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sentence similarity&lt;/b&gt; — cosine of the model&apos;s sentence embeddings (%1); %2. Click a cell to compare that pair token by token.</source>
        <translation>&lt;b&gt;Satzähnlichkeit&lt;/b&gt; – Kosinus der Satz-Embeddings des Modells (%1); %2. Klicken Sie auf eine Zelle, um dieses Paar Token für Token zu vergleichen.</translation>
    </message>
    <message>
        <source>input order</source>
        <translation>Eingabereihenfolge</translation>
    </message>
    <message>
        <source>clustered order</source>
        <translation>geclusterte Reihenfolge</translation>
    </message>
    <message>
        <source>Click a cell of the sentence map to compare two sentences.</source>
        <translation>Klicken Sie auf eine Zelle der Satzkarte, um zwei Sätze zu vergleichen.</translation>
    </message>
    <message>
        <source>%1, token %2</source>
        <translation>%1, Token %2</translation>
    </message>
    <message>
        <source>embedding output</source>
        <translation>Embedding-Ausgabe</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Token similarity&lt;/b&gt; — rows %1 “%2”, columns %3 “%4”, %5. Dot: the row&apos;s best match; frame: the column&apos;s best match; both: mutual (%6 pairs).</source>
        <translation>&lt;b&gt;Token-Ähnlichkeit&lt;/b&gt; – Zeilen %1 „%2“, Spalten %3 „%4“, %5. Punkt: beste Entsprechung der Zeile; Rahmen: beste Entsprechung der Spalte; beides: gegenseitig (%6 Paare).</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 × %2 across layers&lt;/b&gt; — cosine of the declared pooling (%3) at each hidden state (0 = embedding output).</source>
        <translation>&lt;b&gt;%1 × %2 über die Schichten&lt;/b&gt; – Kosinus des deklarierten Poolings (%3) bei jedem verborgenen Zustand (0 = Embedding-Ausgabe).</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>token map layer</source>
        <translation>Schicht der Token-Karte</translation>
    </message>
</context>
<context>
    <name>elui::SimilarityMatrixModel</name>
    <message>
        <source>%1 × %2: %3 %4</source>
        <translation>%1 × %2: %3 %4</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
</context>
<context>
    <name>elui::TokenChipsView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;ID %2 · position %3&lt;br&gt;Characters %4–%5: “%6”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;ID %2 · Position %3&lt;br&gt;Zeichen %4–%5: „%6“</translation>
    </message>
    <message>
        <source>Special token added by the tokenizer</source>
        <translation>Vom Tokenizer hinzugefügtes Sondertoken</translation>
    </message>
    <message>
        <source>Unknown token: the vocabulary has no piece for this text</source>
        <translation>Unbekanntes Token: Das Vokabular enthält kein Stück für diesen Text</translation>
    </message>
    <message>
        <source>Continues the previous word</source>
        <translation>Setzt das vorherige Wort fort</translation>
    </message>
    <message>
        <source>Segment A</source>
        <translation>Segment A</translation>
    </message>
    <message>
        <source>Segment B</source>
        <translation>Segment B</translation>
    </message>
    <message>
        <source>Truncation cut: the tokens after this one were dropped</source>
        <translation>Kürzungsschnitt: Die Tokens nach diesem wurden verworfen</translation>
    </message>
</context>
<context>
    <name>elui::TokenPanel</name>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>The tokens of the selected sentence appear here.</source>
        <translation>Hier erscheinen die Tokens des ausgewählten Satzes.</translation>
    </message>
    <message numerus="yes">
        <source>✂ Truncated: %n token(s) beyond the model&apos;s max length were dropped.</source>
        <translation>
            <numerusform>✂ Gekürzt: %n Token jenseits der maximalen Länge des Modells wurde verworfen.</numerusform>
            <numerusform>✂ Gekürzt: %n Tokens jenseits der maximalen Länge des Modells wurden verworfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>elui::TokenTableModel</name>
    <message>
        <source>special</source>
        <translation>Sondertoken</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The characters of the sentence this token covers</source>
        <translation>Die Zeichen des Satzes, die dieses Token abdeckt</translation>
    </message>
    <message>
        <source>Character offsets in Unicode code points; special tokens have 0–0</source>
        <translation>Zeichenpositionen in Unicode-Codepunkten; Sondertokens haben 0–0</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Sonder</translation>
    </message>
    <message>
        <source>Token type id the model receives (models without token types get 0 everywhere)</source>
        <translation>Token-Typ-ID, die das Modell erhält (Modelle ohne Token-Typen erhalten überall 0)</translation>
    </message>
    <message>
        <source>The text the token comes from: A, or B of a pair; empty for special tokens</source>
        <translation>Der Text, aus dem das Token stammt: A oder B eines Paars; leer bei Sondertokens</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>elui::TokenTextView</name>
    <message>
        <source>Dropped by truncation: the model never sees these characters</source>
        <translation>Durch Kürzung verworfen: Das Modell sieht diese Zeichen nie</translation>
    </message>
</context>
<context>
    <name>elui::TokenizationInspector</name>
    <message>
        <source>Text B:</source>
        <translation>Text B:</translation>
    </message>
    <message>
        <source>Show &amp;whitespace</source>
        <translation>&amp;Leerraum anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;IDs</source>
        <translation>&amp;IDs anzeigen</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Vergleichen mit …</translation>
    </message>
    <message>
        <source>Tokenize the same sentence with another model folder&apos;s tokenizer, side by side</source>
        <translation>Denselben Satz mit dem Tokenizer eines anderen Modellordners tokenisieren und nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Draw spaces as · and word-start markers (Ġ, ▁) as ␣</source>
        <translation>Leerzeichen als · und Wortanfangsmarken (Ġ, ▁) als ␣ darstellen</translation>
    </message>
    <message>
        <source>Text A:</source>
        <translation>Text A:</translation>
    </message>
    <message>
        <source>Normalized:</source>
        <translation>Normalisiert:</translation>
    </message>
    <message>
        <source>Pre-tokens:</source>
        <translation>Vor-Tokens:</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>Tokens of the selected sentence.</source>
        <translation>Tokens des ausgewählten Satzes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n token(s)</source>
        <translation>
            <numerusform>%1 · %n Token</numerusform>
            <numerusform>%1 · %n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B pair</source>
        <translation>A/B-Paar</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>Keine Tokens.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) for %1 word(s)</source>
        <translation>
            <numerusform>%n Stück bei %1 Wort(en)</numerusform>
            <numerusform>%n Stücke bei %1 Wort(en)</numerusform>
        </translation>
    </message>
    <message>
        <source>fertility %1</source>
        <translation>Fertilität %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-token(s)</source>
        <translation>
            <numerusform>%n Vor-Token</numerusform>
            <numerusform>%n Vor-Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekanntes</numerusform>
            <numerusform>%n unbekannte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✂ cut at %1 tokens: %n dropped</source>
        <translation>
            <numerusform>✂ bei %1 Tokens abgeschnitten: %n verworfen</numerusform>
            <numerusform>✂ bei %1 Tokens abgeschnitten: %n verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with Model Folder</source>
        <translation>Mit Modellordner vergleichen</translation>
    </message>
    <message>
        <source>Loading the tokenizer of %1…</source>
        <translation>Tokenizer von %1 wird geladen …</translation>
    </message>
    <message>
        <source>Could not load the tokenizer of %1: %2</source>
        <translation>Der Tokenizer von %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 vs this model</source>
        <translation>%1 vs. dieses Modell</translation>
    </message>
    <message>
        <source>Tokens by %1 (tokenizer only, untruncated)</source>
        <translation>Tokens von %1 (nur Tokenizer, ungekürzt)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
<context>
    <name>elui::ViewExporter</name>
    <message>
        <source>Copy image and numbers</source>
        <translation>Bild und Zahlen kopieren</translation>
    </message>
    <message>
        <source>There is nothing to copy yet.</source>
        <translation>Es gibt noch nichts zu kopieren.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern …</translation>
    </message>
    <message>
        <source>Save numbers as CSV…</source>
        <translation>Zahlen als CSV speichern …</translation>
    </message>
    <message>
        <source>Save matrix as NumPy .npy…</source>
        <translation>Matrix als NumPy-.npy speichern …</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>The image would be too large at scale %1; choose a smaller scale.</source>
        <translation>Das Bild wäre bei Faktor %1 zu groß; wählen Sie einen kleineren Faktor.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported by EncoderLens</source>
        <translation>Exportiert von EncoderLens</translation>
    </message>
    <message>
        <source>This view has no table of numbers.</source>
        <translation>Diese Ansicht hat keine Zahlentabelle.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>This view has no matrix.</source>
        <translation>Diese Ansicht hat keine Matrix.</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG-Skalierung</translation>
    </message>
    <message>
        <source>Scale of the image:</source>
        <translation>Skalierung des Bildes:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy-Arrays (*.npy)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore pre-trained text encoders.</source>
        <translation>Vortrainierte Text-Encoder erkunden.</translation>
    </message>
    <message>
        <source>Model folder to open (default: the installed default model).</source>
        <translation>Zu öffnender Modellordner (Standard: das installierte Standardmodell).</translation>
    </message>
    <message>
        <source>Threads for the model (0 = all cores).</source>
        <translation>Threads für das Modell (0 = alle Kerne).</translation>
    </message>
</context>
</TS>
