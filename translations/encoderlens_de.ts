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
    <message numerus="yes">
        <source>Tokens of %1 · %n token(s)</source>
        <translation>
            <numerusform>Tokens von %1 · %n Token</numerusform>
            <numerusform>Tokens von %1 · %n Tokens</numerusform>
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
    <message numerus="yes">
        <source>✂ truncated at the model&apos;s max length, %n token(s) dropped</source>
        <translation>
            <numerusform>✂ auf die maximale Länge des Modells gekürzt, %n Token verworfen</numerusform>
            <numerusform>✂ auf die maximale Länge des Modells gekürzt, %n Tokens verworfen</numerusform>
        </translation>
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
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
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
</context>
<context>
    <name>elui::SimilarityMatrixModel</name>
    <message>
        <source>%1 × %2: cosine %3</source>
        <translation>%1 × %2: Kosinus %3</translation>
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
        <source>Token type (segment) id: 0 for text A, 1 for text B</source>
        <translation>Token-Typ-ID (Segment): 0 für Text A, 1 für Text B</translation>
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
