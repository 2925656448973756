<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ErrorText</name>
    <message>
        <source>A required file or folder was not found.</source>
        <translation>A required file or folder was not found.</translation>
    </message>
    <message>
        <source>A file could not be read.</source>
        <translation>A file could not be read.</translation>
    </message>
    <message>
        <source>A file is damaged or not in the expected format.</source>
        <translation>A file is damaged or not in the expected format.</translation>
    </message>
    <message>
        <source>A configuration file is not valid JSON or has unexpected values.</source>
        <translation>A configuration file is not valid JSON or has unexpected values.</translation>
    </message>
    <message>
        <source>The model weights are missing or incomplete.</source>
        <translation>The model weights are missing or incomplete.</translation>
    </message>
    <message>
        <source>A weight tensor does not have the shape the configuration requires.</source>
        <translation>A weight tensor does not have the shape the configuration requires.</translation>
    </message>
    <message>
        <source>The weights use a number format that is not supported.</source>
        <translation>The weights use a number format that is not supported.</translation>
    </message>
    <message>
        <source>This kind of model is not supported yet.</source>
        <translation>This kind of model is not supported yet.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>The input is not valid.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation>An internal error occurred.</translation>
    </message>
</context>
<context>
    <name>elui::AttentionControls</name>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Layer</translation>
    </message>
    <message>
        <source>Layer shown (0 = first encoder layer)</source>
        <translation>Layer shown (0 = first encoder layer)</translation>
    </message>
    <message>
        <source>&amp;Head</source>
        <translation>&amp;Head</translation>
    </message>
    <message>
        <source>One head, or the mean / maximum over the checked heads</source>
        <translation>One head, or the mean / maximum over the checked heads</translation>
    </message>
    <message>
        <source>All l&amp;ayers</source>
        <translation>All l&amp;ayers</translation>
    </message>
    <message>
        <source>Aggregate the chosen heads over every layer instead of one</source>
        <translation>Aggregate the chosen heads over every layer instead of one</translation>
    </message>
    <message>
        <source>&amp;Rollout</source>
        <translation>&amp;Rollout</translation>
    </message>
    <message>
        <source>Attention rollout (Abnar &amp; Zuidema 2020) through layers 0 to the chosen layer: per layer the chosen heads are fused, the identity is added for the residual connection, rows are renormalised, and the layers are multiplied</source>
        <translation>Attention rollout (Abnar &amp; Zuidema 2020) through layers 0 to the chosen layer: per layer the chosen heads are fused, the identity is added for the residual connection, rows are renormalised, and the layers are multiplied</translation>
    </message>
    <message>
        <source>Hide &amp;special tokens</source>
        <translation>Hide &amp;special tokens</translation>
    </message>
    <message>
        <source>Drop [CLS], [SEP] and the like, then renormalise every row to sum to 1</source>
        <translation>Drop [CLS], [SEP] and the like, then renormalise every row to sum to 1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Subword tokens</source>
        <translation>Subword tokens</translation>
    </message>
    <message>
        <source>Words, mean of pieces</source>
        <translation>Words, mean of pieces</translation>
    </message>
    <message>
        <source>Words, first piece</source>
        <translation>Words, first piece</translation>
    </message>
    <message>
        <source>Words, max of pieces</source>
        <translation>Words, max of pieces</translation>
    </message>
    <message>
        <source>Words, sum of pieces</source>
        <translation>Words, sum of pieces</translation>
    </message>
    <message>
        <source>Merge subword pieces into words. Attention to a word is the sum over its pieces (probability mass); attention from a word combines its pieces&apos; rows by the chosen rule (mean and first keep rows summing to 1).</source>
        <translation>Merge subword pieces into words. Attention to a word is the sum over its pieces (probability mass); attention from a word combines its pieces&apos; rows by the chosen rule (mean and first keep rows summing to 1).</translation>
    </message>
    <message>
        <source>Head %1</source>
        <translation>Head %1</translation>
    </message>
    <message>
        <source>Mean of heads</source>
        <translation>Mean of heads</translation>
    </message>
    <message>
        <source>Max of heads</source>
        <translation>Max of heads</translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>head %1</translation>
    </message>
    <message numerus="yes">
        <source>max of %n head(s)</source>
        <translation>
            <numerusform>max of %n head</numerusform>
            <numerusform>max of %n heads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean of %n head(s)</source>
        <translation>
            <numerusform>mean of %n head</numerusform>
            <numerusform>mean of %n heads</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout through layer %1 (%2)</source>
        <translation>Rollout through layer %1 (%2)</translation>
    </message>
    <message>
        <source>All layers, %1</source>
        <translation>All layers, %1</translation>
    </message>
    <message>
        <source>Layer %1, %2</source>
        <translation>Layer %1, %2</translation>
    </message>
    <message>
        <source>, special tokens hidden</source>
        <translation>, special tokens hidden</translation>
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
        <translation>Head view</translation>
    </message>
    <message>
        <source>Model view</source>
        <translation>Model view</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Zoom out (−, Ctrl+wheel)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Zoom in (+, Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the whole matrix (0)</source>
        <translation>Fit the whole matrix (0)</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>&amp;Copy Image</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Save as &amp;SVG…</translation>
    </message>
    <message>
        <source>Save Values as C&amp;SV…</source>
        <translation>Save Values as C&amp;SV…</translation>
    </message>
    <message>
        <source>Save Values as &amp;NPY…</source>
        <translation>Save Values as &amp;NPY…</translation>
    </message>
    <message>
        <source>Analyse a sentence to see where its attention goes.</source>
        <translation>Analyse a sentence to see where its attention goes.</translation>
    </message>
    <message>
        <source>This inspection has no attention weights.</source>
        <translation>This inspection has no attention weights.</translation>
    </message>
    <message>
        <source>Check at least one head to aggregate over.</source>
        <translation>Check at least one head to aggregate over.</translation>
    </message>
    <message>
        <source>Cannot show this attention: %1</source>
        <translation>Cannot show this attention: %1</translation>
    </message>
    <message>
        <source>Cannot compute the rollout: %1</source>
        <translation>Cannot compute the rollout: %1</translation>
    </message>
    <message>
        <source>Computing the rollout…</source>
        <translation>Computing the rollout…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n row(s)</source>
        <translation>
            <numerusform>%1 · %n row</numerusform>
            <numerusform>%1 · %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no attention matrix to export.</source>
        <translation>There is no attention matrix to export.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Comma-separated values (*.csv)</translation>
    </message>
    <message>
        <source>NumPy array (*.npy)</source>
        <translation>NumPy array (*.npy)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <source>Scale factor:</source>
        <translation>Scale factor:</translation>
    </message>
    <message>
        <source>Export Attention</source>
        <translation>Export Attention</translation>
    </message>
</context>
<context>
    <name>elui::AttentionFigure</name>
    <message>
        <source>The image would be too large at scale %1; choose a smaller scale.</source>
        <translation>The image would be too large at scale %1; choose a smaller scale.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Attention heatmap exported by EncoderLens</source>
        <translation>Attention heatmap exported by EncoderLens</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>elui::AttentionHeadSwatches</name>
    <message>
        <source>Heads:</source>
        <translation>Heads:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Check every head</source>
        <translation>Check every head</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Uncheck every head</source>
        <translation>Uncheck every head</translation>
    </message>
    <message>
        <source>Head %1: show its lines and include it in the mean/max of heads</source>
        <translation>Head %1: show its lines and include it in the mean/max of heads</translation>
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
attention %3
query %4, key %5</translation>
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
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>H%1</translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation>Layer %1, head %2</translation>
    </message>
    <message>
        <source>Brightest colour = %1 (the head&apos;s largest weight)</source>
        <translation>Brightest colour = %1 (the head&apos;s largest weight)</translation>
    </message>
    <message>
        <source>Click to show it in the heatmap, double-click to open the heatmap.</source>
        <translation>Click to show it in the heatmap, double-click to open the heatmap.</translation>
    </message>
</context>
<context>
    <name>elui::AttentionPage</name>
    <message>
        <source>Longest input inspected, special tokens included. The model&apos;s declared max length is the default; longer inputs reach up to what its position embeddings allow.</source>
        <translation>Longest input inspected, special tokens included. The model&apos;s declared max length is the default; longer inputs reach up to what its position embeddings allow.</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>Max &amp;tokens:</translation>
    </message>
    <message>
        <source>Attention of the selected sentence.</source>
        <translation>Attention of the selected sentence.</translation>
    </message>
    <message>
        <source>Longest input inspected, special tokens included: %1 by default (the model&apos;s max length), up to %2 (its position embeddings).</source>
        <translation>Longest input inspected, special tokens included: %1 by default (the model&apos;s max length), up to %2 (its position embeddings).</translation>
    </message>
    <message>
        <source>Type a sentence to see its attention.</source>
        <translation>Type a sentence to see its attention.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n token(s)</source>
        <translation>
            <numerusform>%1 · %n token</numerusform>
            <numerusform>%1 · %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✂ cut at %1 tokens, %n dropped</source>
        <translation>
            <numerusform>✂ cut at %1 tokens, %n dropped</numerusform>
            <numerusform>✂ cut at %1 tokens, %n dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>elui::LogPanel</name>
    <message>
        <source>Warning: </source>
        <translation>Warning: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Error: </translation>
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
        <translation>No model loaded.
Open a model folder (File ▸ Open Model Folder…) or drop one onto this window.</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Model Folder…</source>
        <translation>&amp;Open Model Folder…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About EncoderLens</source>
        <translation>&amp;About EncoderLens</translation>
    </message>
    <message>
        <source>About EncoderLens</source>
        <translation>About EncoderLens</translation>
    </message>
    <message>
        <source>&lt;b&gt;EncoderLens %1&lt;/b&gt;&lt;p&gt;Explore pre-trained text encoders: tokens, attention, pooling and similarity, computed by the model itself.&lt;/p&gt;</source>
        <translation>&lt;b&gt;EncoderLens %1&lt;/b&gt;&lt;p&gt;Explore pre-trained text encoders: tokens, attention, pooling and similarity, computed by the model itself.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>No model</translation>
    </message>
    <message>
        <source>BLAS: checking…</source>
        <translation>BLAS: checking…</translation>
    </message>
    <message>
        <source>The default model is not installed (expected at %1). Run scripts/setup, or open a model folder with File ▸ Open Model Folder…</source>
        <translation>The default model is not installed (expected at %1). Run scripts/setup, or open a model folder with File ▸ Open Model Folder…</translation>
    </message>
    <message>
        <source>an unknown location</source>
        <translation>an unknown location</translation>
    </message>
    <message>
        <source>Open Model Folder</source>
        <translation>Open Model Folder</translation>
    </message>
    <message>
        <source>Loading model from %1…</source>
        <translation>Loading model from %1…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>%1 — EncoderLens</source>
        <translation>%1 — EncoderLens</translation>
    </message>
    <message>
        <source>Loaded %1: %2 layers, hidden size %3, %4 parameters, in %5 s</source>
        <translation>Loaded %1: %2 layers, hidden size %3, %4 parameters, in %5 s</translation>
    </message>
    <message>
        <source>Cosine similarity of the sentence embeddings (the model&apos;s declared pooling: %1%2).</source>
        <translation>Cosine similarity of the sentence embeddings (the model&apos;s declared pooling: %1%2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>, normalized</source>
        <translation>, normalized</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Could not load %1: %2</translation>
    </message>
    <message>
        <source>The folder “%1” could not be opened as a model.</source>
        <translation>The folder “%1” could not be opened as a model.</translation>
    </message>
    <message>
        <source>The previous model (%1) stays loaded.</source>
        <translation>The previous model (%1) stays loaded.</translation>
    </message>
    <message>
        <source>Could not open model</source>
        <translation>Could not open model</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) analysed in %1 ms</source>
        <translation>
            <numerusform>%n sentence analysed in %1 ms</numerusform>
            <numerusform>%n sentences analysed in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Library: %1</translation>
    </message>
    <message>
        <source>Build: %1</source>
        <translation>Build: %1</translation>
    </message>
    <message>
        <source>⚠ Slow BLAS: %1 GFLOP/s</source>
        <translation>⚠ Slow BLAS: %1 GFLOP/s</translation>
    </message>
    <message>
        <source>Matrix products are slow here (%1 GFLOP/s), so every model will run slowly.</source>
        <translation>Matrix products are slow here (%1 GFLOP/s), so every model will run slowly.</translation>
    </message>
    <message>
        <source>BLAS: %1 GFLOP/s</source>
        <translation>BLAS: %1 GFLOP/s</translation>
    </message>
    <message>
        <source>BLAS: unknown</source>
        <translation>BLAS: unknown</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
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
        <translation>Precision</translation>
    </message>
    <message>
        <source>Open &amp;Recent Model</source>
        <translation>Open &amp;Recent Model</translation>
    </message>
    <message>
        <source>&amp;Load Sentences…</source>
        <translation>&amp;Load Sentences…</translation>
    </message>
    <message>
        <source>Read sentences from a .txt (one per line), .tsv or .csv file (two text columns: A/B pairs)</source>
        <translation>Read sentences from a .txt (one per line), .tsv or .csv file (two text columns: A/B pairs)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Model Card</source>
        <translation>Model Card</translation>
    </message>
    <message>
        <source>Save Current View as &amp;PNG…</source>
        <translation>Save Current View as &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Current View as &amp;SVG…</source>
        <translation>Save Current View as &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Copy Current View Image</source>
        <translation>&amp;Copy Current View Image</translation>
    </message>
    <message>
        <source>BLAS: not checked</source>
        <translation>BLAS: not checked</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent models</source>
        <translation>No recent models</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>Load Sentences</source>
        <translation>Load Sentences</translation>
    </message>
    <message>
        <source>Text tables (*.txt *.tsv *.csv);;Text, one sentence per line (*.txt);;Tab-separated values (*.tsv);;Comma-separated values (*.csv);;All files (*)</source>
        <translation>Text tables (*.txt *.tsv *.csv);;Text, one sentence per line (*.txt);;Tab-separated values (*.tsv);;Comma-separated values (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Could not load sentences</source>
        <translation>Could not load sentences</translation>
    </message>
    <message>
        <source>The file “%1” could not be read as sentences.</source>
        <translation>The file “%1” could not be read as sentences.</translation>
    </message>
    <message>
        <source>The file “%1” contains no sentences.</source>
        <translation>The file “%1” contains no sentences.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sentence(s) from %1</source>
        <translation>
            <numerusform>Loaded %n sentence from %1</numerusform>
            <numerusform>Loaded %n sentences from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(pairs: columns “%1” and “%2”)</source>
        <translation>(pairs: columns “%1” and “%2”)</translation>
    </message>
    <message>
        <source>(column “%1”)</source>
        <translation>(column “%1”)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) beyond the first %1 were left out.</source>
        <translation>
            <numerusform>%n row beyond the first %1 was left out.</numerusform>
            <numerusform>%n rows beyond the first %1 were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Similarity matrix</source>
        <translation>Similarity matrix</translation>
    </message>
</context>
<context>
    <name>elui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>elui::ModelSummaryView</name>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>none loaded</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>Attention heads</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Hidden size</translation>
    </message>
    <message>
        <source>Intermediate size</source>
        <translation>Intermediate size</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Max length</translation>
    </message>
    <message>
        <source>%1 tokens (%2 positions)</source>
        <translation>%1 tokens (%2 positions)</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>Embedding size</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>none declared</translation>
    </message>
    <message>
        <source>%1, then normalize</source>
        <translation>%1, then normalize</translation>
    </message>
    <message>
        <source>Declared pooling</source>
        <translation>Declared pooling</translation>
    </message>
    <message>
        <source>Lowercases (sentence-transformers)</source>
        <translation>Lowercases (sentence-transformers)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>sentence_bert_config.json do_lower_case; the tokenizer may also lowercase by itself</source>
        <translation>sentence_bert_config.json do_lower_case; the tokenizer may also lowercase by itself</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>%1 (%2 M)</source>
        <translation>%1 (%2 M)</translation>
    </message>
    <message>
        <source>Stored dtype</source>
        <translation>Stored dtype</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Float32 weights held in memory: %1 bytes</source>
        <translation>Float32 weights held in memory: %1 bytes</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>Load time</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored weights</source>
        <translation>Ignored weights</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) not used by the encoder</source>
        <translation>
            <numerusform>%n tensor not used by the encoder</numerusform>
            <numerusform>%n tensors not used by the encoder</numerusform>
        </translation>
    </message>
    <message>
        <source>The length sentence-transformers truncates to (max_seq_length), and max_position_embeddings</source>
        <translation>The length sentence-transformers truncates to (max_seq_length), and max_position_embeddings</translation>
    </message>
    <message>
        <source>Max input length</source>
        <translation>Max input length</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>The longest input the position embeddings allow: the attention tab can inspect up to this</source>
        <translation>The longest input the position embeddings allow: the attention tab can inspect up to this</translation>
    </message>
    <message>
        <source>Missing or ignored</source>
        <translation>Missing or ignored</translation>
    </message>
    <message>
        <source>nothing: every file and weight was used</source>
        <translation>nothing: every file and weight was used</translation>
    </message>
    <message>
        <source>Missing, ignored or defaulted</source>
        <translation>Missing, ignored or defaulted</translation>
    </message>
</context>
<context>
    <name>elui::PoolingChoiceEditor</name>
    <message>
        <source>Include special tokens</source>
        <translation>Include special tokens</translation>
    </message>
    <message>
        <source>Normalise (L2)</source>
        <translation>Normalise (L2)</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>Pooling mode (sentence-transformers Pooling)</source>
        <translation>Pooling mode (sentence-transformers Pooling)</translation>
    </message>
    <message>
        <source>Hidden state to pool: the embedding output, one layer, or the mean of the last N layers</source>
        <translation>Hidden state to pool: the embedding output, one layer, or the mean of the last N layers</translation>
    </message>
    <message>
        <source>N = </source>
        <translation>N = </translation>
    </message>
    <message>
        <source>Pool over [CLS]/[SEP]-like tokens too (sentence-transformers does)</source>
        <translation>Pool over [CLS]/[SEP]-like tokens too (sentence-transformers does)</translation>
    </message>
    <message>
        <source>Divide the pooled vector by its length (matters for the dot product)</source>
        <translation>Divide the pooled vector by its length (matters for the dot product)</translation>
    </message>
    <message>
        <source>Restore the model&apos;s declared pooling pipeline</source>
        <translation>Restore the model&apos;s declared pooling pipeline</translation>
    </message>
    <message>
        <source>Pooling:</source>
        <translation>Pooling:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Layer:</translation>
    </message>
    <message>
        <source>%1 (declared)</source>
        <translation>%1 (declared)</translation>
    </message>
    <message>
        <source>Embeddings (0)</source>
        <translation>Embeddings (0)</translation>
    </message>
    <message>
        <source>Layer %1 (last)</source>
        <translation>Layer %1 (last)</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>Mean of the last N layers</source>
        <translation>Mean of the last N layers</translation>
    </message>
    <message numerus="yes">
        <source>mean of the last %n layer(s)</source>
        <translation>
            <numerusform>mean of the last %n layer</numerusform>
            <numerusform>mean of the last %n layers</numerusform>
        </translation>
    </message>
    <message>
        <source>embedding output</source>
        <translation>embedding output</translation>
    </message>
    <message>
        <source>last layer</source>
        <translation>last layer</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>layer %1</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>with special tokens</source>
        <translation>with special tokens</translation>
    </message>
    <message>
        <source>without special tokens</source>
        <translation>without special tokens</translation>
    </message>
    <message>
        <source>normalised</source>
        <translation>normalised</translation>
    </message>
    <message>
        <source>not normalised</source>
        <translation>not normalised</translation>
    </message>
</context>
<context>
    <name>elui::PoolingLab</name>
    <message>
        <source>Choice 1</source>
        <translation>Choice 1</translation>
    </message>
    <message>
        <source>Choice 2</source>
        <translation>Choice 2</translation>
    </message>
    <message>
        <source>Cosine similarity</source>
        <translation>Cosine similarity</translation>
    </message>
    <message>
        <source>Dot product</source>
        <translation>Dot product</translation>
    </message>
    <message>
        <source>Cosine ignores the vectors&apos; lengths; the dot product sees normalisation</source>
        <translation>Cosine ignores the vectors&apos; lengths; the dot product sees normalisation</translation>
    </message>
    <message>
        <source>Similarity:</source>
        <translation>Similarity:</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>difference</translation>
    </message>
    <message>
        <source>Similarity matrices</source>
        <translation>Similarity matrices</translation>
    </message>
    <message>
        <source>Nearest sentences</source>
        <translation>Nearest sentences</translation>
    </message>
    <message>
        <source>Token drivers</source>
        <translation>Token drivers</translation>
    </message>
    <message>
        <source>Pooling similarity matrices</source>
        <translation>Pooling similarity matrices</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>No model loaded.</translation>
    </message>
    <message>
        <source>Declared by the model: %1.</source>
        <translation>Declared by the model: %1.</translation>
    </message>
    <message>
        <source>The model declares no pooling; the lab takes mean pooling as its declared choice.</source>
        <translation>The model declares no pooling; the lab takes mean pooling as its declared choice.</translation>
    </message>
    <message>
        <source>Neither choice is the model&apos;s declared pooling: neither gives its sentence embeddings.</source>
        <translation>Neither choice is the model&apos;s declared pooling: neither gives its sentence embeddings.</translation>
    </message>
    <message>
        <source>Choice 1 is not the model&apos;s declared pooling: its vectors are not the model&apos;s sentence embeddings.</source>
        <translation>Choice 1 is not the model&apos;s declared pooling: its vectors are not the model&apos;s sentence embeddings.</translation>
    </message>
    <message>
        <source>Choice 2 is not the model&apos;s declared pooling: its vectors are not the model&apos;s sentence embeddings.</source>
        <translation>Choice 2 is not the model&apos;s declared pooling: its vectors are not the model&apos;s sentence embeddings.</translation>
    </message>
    <message>
        <source>This model applies a Dense stage after pooling (%1 → %2 dimensions), which the lab does not apply.</source>
        <translation>This model applies a Dense stage after pooling (%1 → %2 dimensions), which the lab does not apply.</translation>
    </message>
    <message>
        <source>Load a model to compare pooling choices.</source>
        <translation>Load a model to compare pooling choices.</translation>
    </message>
    <message>
        <source>Add sentences in the workbench to compare pooling choices.</source>
        <translation>Add sentences in the workbench to compare pooling choices.</translation>
    </message>
    <message>
        <source>Computing the hidden states…</source>
        <translation>Computing the hidden states…</translation>
    </message>
    <message>
        <source>dot product</source>
        <translation>dot product</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>cosine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choice 1&lt;/b&gt;%1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Choice 1&lt;/b&gt;%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source> (declared)</source>
        <translation> (declared)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choice 2&lt;/b&gt;%1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Choice 2&lt;/b&gt;%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Difference&lt;/b&gt;&lt;br&gt;choice 2 − choice 1 (largest change %1)</source>
        <translation>&lt;b&gt;Difference&lt;/b&gt;&lt;br&gt;choice 2 − choice 1 (largest change %1)</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <source>sentence</source>
        <translation>sentence</translation>
    </message>
    <message>
        <source>choice 1</source>
        <translation>choice 1</translation>
    </message>
    <message>
        <source>choice 2</source>
        <translation>choice 2</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>dot</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <source>Rank (choice 1)</source>
        <translation>Rank (choice 1)</translation>
    </message>
    <message>
        <source>%1 (choice 1)</source>
        <translation>%1 (choice 1)</translation>
    </message>
    <message>
        <source>Rank (choice 2)</source>
        <translation>Rank (choice 2)</translation>
    </message>
    <message>
        <source>%1 (choice 2)</source>
        <translation>%1 (choice 2)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
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
        <translation> (leaves top %1)</translation>
    </message>
    <message>
        <source> (enters top %1)</source>
        <translation> (enters top %1)</translation>
    </message>
    <message>
        <source>Nearest sentences to %1 “%2” under each choice (top %3 in bold):</source>
        <translation>Nearest sentences to %1 “%2” under each choice (top %3 in bold):</translation>
    </message>
    <message>
        <source>The top-%1 neighbours differ between the choices for %2 of %3 sentences.</source>
        <translation>The top-%1 neighbours differ between the choices for %2 of %3 sentences.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>choice %1 (max): share of the %2 dimensions each token wins</source>
        <translation>choice %1 (max): share of the %2 dimensions each token wins</translation>
    </message>
    <message>
        <source>choice %1 (%2): the one token taken</source>
        <translation>choice %1 (%2): the one token taken</translation>
    </message>
    <message>
        <source>choice %1 (%2): each token&apos;s part of the pooled vector, projected on it</source>
        <translation>choice %1 (%2): each token&apos;s part of the pooled vector, projected on it</translation>
    </message>
    <message>
        <source> — first of its modes only</source>
        <translation> — first of its modes only</translation>
    </message>
    <message>
        <source>Which tokens drive the pooled vector of %1 “%2” (%3).</source>
        <translation>Which tokens drive the pooled vector of %1 “%2” (%3).</translation>
    </message>
    <message>
        <source>Choice %1: %2</source>
        <translation>Choice %1: %2</translation>
    </message>
    <message>
        <source>share of the pooled vector (%)</source>
        <translation>share of the pooled vector (%)</translation>
    </message>
</context>
<context>
    <name>elui::PrecisionPanel</name>
    <message>
        <source>int8 quantizes the encoder&apos;s linear layers when the model is loaded: faster, but approximate — its embeddings are close to, not equal to, the float32 reference that is exact to sentence-transformers. It was validated on all-MiniLM-L6-v2; larger models may drift more, so check the lowest cosine below. Dynamic int8 also scales activations per batch, so a sentence&apos;s int8 embedding moves slightly with the sentences embedded beside it.</source>
        <translation>int8 quantizes the encoder&apos;s linear layers when the model is loaded: faster, but approximate — its embeddings are close to, not equal to, the float32 reference that is exact to sentence-transformers. It was validated on all-MiniLM-L6-v2; larger models may drift more, so check the lowest cosine below. Dynamic int8 also scales activations per batch, so a sentence&apos;s int8 embedding moves slightly with the sentences embedded beside it.</translation>
    </message>
    <message>
        <source>Compare float32 and int8</source>
        <translation>Compare float32 and int8</translation>
    </message>
    <message>
        <source>Load an int8 copy of the model (once), embed the sentences with both and compare</source>
        <translation>Load an int8 copy of the model (once), embed the sentences with both and compare</translation>
    </message>
    <message>
        <source>Precision comparison</source>
        <translation>Precision comparison</translation>
    </message>
    <message>
        <source>No model is loaded. Open a model folder to compare its float32 and int8 precision.</source>
        <translation>No model is loaded. Open a model folder to compare its float32 and int8 precision.</translation>
    </message>
    <message>
        <source>Add sentences to the workbench to compare precisions.</source>
        <translation>Add sentences to the workbench to compare precisions.</translation>
    </message>
    <message>
        <source>Press “Compare float32 and int8” to load an int8 copy of the model and measure both.</source>
        <translation>Press “Compare float32 and int8” to load an int8 copy of the model and measure both.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n sentence(s)…</source>
        <translation>
            <numerusform>Comparing %n sentence…</numerusform>
            <numerusform>Comparing %n sentences…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading an int8 copy of the model and comparing %n sentence(s)…</source>
        <translation>
            <numerusform>Loading an int8 copy of the model and comparing %n sentence…</numerusform>
            <numerusform>Loading an int8 copy of the model and comparing %n sentences…</numerusform>
        </translation>
    </message>
    <message>
        <source>The precision comparison failed.</source>
        <translation>The precision comparison failed.</translation>
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
        <translation>Lowest cosine float32 ↔ int8: %1</translation>
    </message>
    <message>
        <source>Below %1: int8 changes this model&apos;s embeddings noticeably.</source>
        <translation>Below %1: int8 changes this model&apos;s embeddings noticeably.</translation>
    </message>
    <message>
        <source>float32: %1 sentences/s (%2 ms per sentence) · int8: %3 sentences/s (%4 ms per sentence) · int8 speed-up ×%5</source>
        <translation>float32: %1 sentences/s (%2 ms per sentence) · int8: %3 sentences/s (%4 ms per sentence) · int8 speed-up ×%5</translation>
    </message>
    <message>
        <source>int8 copy loaded in %1 ms (kept from an earlier comparison)</source>
        <translation>int8 copy loaded in %1 ms (kept from an earlier comparison)</translation>
    </message>
    <message>
        <source>int8 copy loaded in %1 ms</source>
        <translation>int8 copy loaded in %1 ms</translation>
    </message>
    <message numerus="yes">
        <source> · best of %1 runs over %n sentence(s), batched as embed() does</source>
        <translation>
            <numerusform> · best of %1 runs over %n sentence, batched as embed() does</numerusform>
            <numerusform> · best of %1 runs over %n sentences, batched as embed() does</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Similarity matrix drift: max |Δcos| %1, mean |Δcos| %2 · nearest neighbour changed for %3 of %n sentence(s)</source>
        <translation>
            <numerusform>Similarity matrix drift: max |Δcos| %1, mean |Δcos| %2 · nearest neighbour changed for %3 of %n sentence</numerusform>
            <numerusform>Similarity matrix drift: max |Δcos| %1, mean |Δcos| %2 · nearest neighbour changed for %3 of %n sentences</numerusform>
        </translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <source>cos float32↔int8</source>
        <translation>cos float32↔int8</translation>
    </message>
    <message>
        <source>Nearest (float32)</source>
        <translation>Nearest (float32)</translation>
    </message>
    <message>
        <source>Nearest (int8)</source>
        <translation>Nearest (int8)</translation>
    </message>
    <message>
        <source>Neighbour changed</source>
        <translation>Neighbour changed</translation>
    </message>
    <message>
        <source>max |Δcos| in row</source>
        <translation>max |Δcos| in row</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>elui::SentenceListModel</name>
    <message>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Second text (B)</source>
        <translation>Second text (B)</translation>
    </message>
</context>
<context>
    <name>elui::SentencePanel</name>
    <message>
        <source>Type a sentence…</source>
        <translation>Type a sentence…</translation>
    </message>
    <message>
        <source>Edits the selected sentence; the views update as you type. Return adds a new sentence.</source>
        <translation>Edits the selected sentence; the views update as you type. Return adds a new sentence.</translation>
    </message>
    <message>
        <source>&amp;Add Sentence</source>
        <translation>&amp;Add Sentence</translation>
    </message>
    <message>
        <source>Add a new sentence below the selected one</source>
        <translation>Add a new sentence below the selected one</translation>
    </message>
    <message>
        <source>&amp;Remove Sentence</source>
        <translation>&amp;Remove Sentence</translation>
    </message>
    <message>
        <source>Remove the selected sentences</source>
        <translation>Remove the selected sentences</translation>
    </message>
    <message>
        <source>&amp;Paste Sentences</source>
        <translation>&amp;Paste Sentences</translation>
    </message>
    <message>
        <source>Add every line of the clipboard as a sentence</source>
        <translation>Add every line of the clipboard as a sentence</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sentences</translation>
    </message>
    <message>
        <source>Second text (B) of the pair, optional…</source>
        <translation>Second text (B) of the pair, optional…</translation>
    </message>
    <message>
        <source>With a second text the sentence is tokenized and inspected as an A/B pair (segments and type ids); the similarity matrix uses text A.</source>
        <translation>With a second text the sentence is tokenized and inspected as an A/B pair (segments and type ids); the similarity matrix uses text A.</translation>
    </message>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>&amp;Next Sentence</translation>
    </message>
    <message>
        <source>Pre&amp;vious Sentence</source>
        <translation>Pre&amp;vious Sentence</translation>
    </message>
    <message>
        <source>Sentence Pa&amp;irs (A/B)</source>
        <translation>Sentence Pa&amp;irs (A/B)</translation>
    </message>
    <message>
        <source>Show a second text (B) per sentence, tokenized and inspected as a pair</source>
        <translation>Show a second text (B) per sentence, tokenized and inspected as a pair</translation>
    </message>
</context>
<context>
    <name>elui::SimilarityMaps</name>
    <message>
        <source>Input order</source>
        <translation>Input order</translation>
    </message>
    <message>
        <source>Clustered (average linkage on 1 − cosine)</source>
        <translation>Clustered (average linkage on 1 − cosine)</translation>
    </message>
    <message>
        <source>Hidden state whose token embeddings the token map compares</source>
        <translation>Hidden state whose token embeddings the token map compares</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Token layer:</source>
        <translation>Token layer:</translation>
    </message>
    <message>
        <source>Sentence similarity</source>
        <translation>Sentence similarity</translation>
    </message>
    <message>
        <source>Token similarity of the pair</source>
        <translation>Token similarity of the pair</translation>
    </message>
    <message>
        <source>Pair similarity across layers</source>
        <translation>Pair similarity across layers</translation>
    </message>
    <message>
        <source>Embeddings (0)</source>
        <translation>Embeddings (0)</translation>
    </message>
    <message>
        <source>Layer %1 (last)</source>
        <translation>Layer %1 (last)</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sentence similarity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sentence similarity&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Token similarity&lt;/b&gt;</source>
        <translation>&lt;b&gt;Token similarity&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pair similarity across layers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pair similarity across layers&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Load a model to see similarity maps.</source>
        <translation>Load a model to see similarity maps.</translation>
    </message>
    <message>
        <source>Add sentences in the workbench to see similarity maps.</source>
        <translation>Add sentences in the workbench to see similarity maps.</translation>
    </message>
    <message>
        <source>Computing the hidden states…</source>
        <translation>Computing the hidden states…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sentence similarity&lt;/b&gt; — cosine of the model&apos;s sentence embeddings (%1); %2. Click a cell to compare that pair token by token.</source>
        <translation>&lt;b&gt;Sentence similarity&lt;/b&gt; — cosine of the model&apos;s sentence embeddings (%1); %2. Click a cell to compare that pair token by token.</translation>
    </message>
    <message>
        <source>input order</source>
        <translation>input order</translation>
    </message>
    <message>
        <source>clustered order</source>
        <translation>clustered order</translation>
    </message>
    <message>
        <source>Click a cell of the sentence map to compare two sentences.</source>
        <translation>Click a cell of the sentence map to compare two sentences.</translation>
    </message>
    <message>
        <source>%1, token %2</source>
        <translation>%1, token %2</translation>
    </message>
    <message>
        <source>embedding output</source>
        <translation>embedding output</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>layer %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Token similarity&lt;/b&gt; — rows %1 “%2”, columns %3 “%4”, %5. Dot: the row&apos;s best match; frame: the column&apos;s best match; both: mutual (%6 pairs).</source>
        <translation>&lt;b&gt;Token similarity&lt;/b&gt; — rows %1 “%2”, columns %3 “%4”, %5. Dot: the row&apos;s best match; frame: the column&apos;s best match; both: mutual (%6 pairs).</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>layer</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>cosine</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 × %2 across layers&lt;/b&gt; — cosine of the declared pooling (%3) at each hidden state (0 = embedding output).</source>
        <translation>&lt;b&gt;%1 × %2 across layers&lt;/b&gt; — cosine of the declared pooling (%3) at each hidden state (0 = embedding output).</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>token map layer</source>
        <translation>token map layer</translation>
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
        <translation>cosine</translation>
    </message>
</context>
<context>
    <name>elui::TokenChipsView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;ID %2 · position %3&lt;br&gt;Characters %4–%5: “%6”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;ID %2 · position %3&lt;br&gt;Characters %4–%5: “%6”</translation>
    </message>
    <message>
        <source>Special token added by the tokenizer</source>
        <translation>Special token added by the tokenizer</translation>
    </message>
    <message>
        <source>Unknown token: the vocabulary has no piece for this text</source>
        <translation>Unknown token: the vocabulary has no piece for this text</translation>
    </message>
    <message>
        <source>Continues the previous word</source>
        <translation>Continues the previous word</translation>
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
        <translation>Truncation cut: the tokens after this one were dropped</translation>
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
        <translation>The tokens of the selected sentence appear here.</translation>
    </message>
    <message numerus="yes">
        <source>✂ Truncated: %n token(s) beyond the model&apos;s max length were dropped.</source>
        <translation>
            <numerusform>✂ Truncated: %n token beyond the model&apos;s max length was dropped.</numerusform>
            <numerusform>✂ Truncated: %n tokens beyond the model&apos;s max length were dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>elui::TokenTableModel</name>
    <message>
        <source>special</source>
        <translation>special</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The characters of the sentence this token covers</source>
        <translation>The characters of the sentence this token covers</translation>
    </message>
    <message>
        <source>Character offsets in Unicode code points; special tokens have 0–0</source>
        <translation>Character offsets in Unicode code points; special tokens have 0–0</translation>
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
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Special</translation>
    </message>
    <message>
        <source>Token type id the model receives (models without token types get 0 everywhere)</source>
        <translation>Token type id the model receives (models without token types get 0 everywhere)</translation>
    </message>
    <message>
        <source>The text the token comes from: A, or B of a pair; empty for special tokens</source>
        <translation>The text the token comes from: A, or B of a pair; empty for special tokens</translation>
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
        <translation>Dropped by truncation: the model never sees these characters</translation>
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
        <translation>Show &amp;whitespace</translation>
    </message>
    <message>
        <source>Show &amp;IDs</source>
        <translation>Show &amp;IDs</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Compare with…</translation>
    </message>
    <message>
        <source>Tokenize the same sentence with another model folder&apos;s tokenizer, side by side</source>
        <translation>Tokenize the same sentence with another model folder&apos;s tokenizer, side by side</translation>
    </message>
    <message>
        <source>Draw spaces as · and word-start markers (Ġ, ▁) as ␣</source>
        <translation>Draw spaces as · and word-start markers (Ġ, ▁) as ␣</translation>
    </message>
    <message>
        <source>Text A:</source>
        <translation>Text A:</translation>
    </message>
    <message>
        <source>Normalized:</source>
        <translation>Normalized:</translation>
    </message>
    <message>
        <source>Pre-tokens:</source>
        <translation>Pre-tokens:</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Stop comparing</translation>
    </message>
    <message>
        <source>Tokens of the selected sentence.</source>
        <translation>Tokens of the selected sentence.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n token(s)</source>
        <translation>
            <numerusform>%1 · %n token</numerusform>
            <numerusform>%1 · %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B pair</source>
        <translation>A/B pair</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>No tokens.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) for %1 word(s)</source>
        <translation>
            <numerusform>%n piece for %1 word(s)</numerusform>
            <numerusform>%n pieces for %1 word(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>fertility %1</source>
        <translation>fertility %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-token(s)</source>
        <translation>
            <numerusform>%n pre-token</numerusform>
            <numerusform>%n pre-tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✂ cut at %1 tokens: %n dropped</source>
        <translation>
            <numerusform>✂ cut at %1 tokens: %n dropped</numerusform>
            <numerusform>✂ cut at %1 tokens: %n dropped</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with Model Folder</source>
        <translation>Compare with Model Folder</translation>
    </message>
    <message>
        <source>Loading the tokenizer of %1…</source>
        <translation>Loading the tokenizer of %1…</translation>
    </message>
    <message>
        <source>Could not load the tokenizer of %1: %2</source>
        <translation>Could not load the tokenizer of %1: %2</translation>
    </message>
    <message>
        <source>%1 vs this model</source>
        <translation>%1 vs this model</translation>
    </message>
    <message>
        <source>Tokens by %1 (tokenizer only, untruncated)</source>
        <translation>Tokens by %1 (tokenizer only, untruncated)</translation>
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
        <translation>Copy image and numbers</translation>
    </message>
    <message>
        <source>There is nothing to copy yet.</source>
        <translation>There is nothing to copy yet.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <source>Save numbers as CSV…</source>
        <translation>Save numbers as CSV…</translation>
    </message>
    <message>
        <source>Save matrix as NumPy .npy…</source>
        <translation>Save matrix as NumPy .npy…</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>There is nothing to export yet.</translation>
    </message>
    <message>
        <source>The image would be too large at scale %1; choose a smaller scale.</source>
        <translation>The image would be too large at scale %1; choose a smaller scale.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Exported by EncoderLens</source>
        <translation>Exported by EncoderLens</translation>
    </message>
    <message>
        <source>This view has no table of numbers.</source>
        <translation>This view has no table of numbers.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>This view has no matrix.</source>
        <translation>This view has no matrix.</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG scale</translation>
    </message>
    <message>
        <source>Scale of the image:</source>
        <translation>Scale of the image:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy arrays (*.npy)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore pre-trained text encoders.</source>
        <translation>Explore pre-trained text encoders.</translation>
    </message>
    <message>
        <source>Model folder to open (default: the installed default model).</source>
        <translation>Model folder to open (default: the installed default model).</translation>
    </message>
    <message>
        <source>Threads for the model (0 = all cores).</source>
        <translation>Threads for the model (0 = all cores).</translation>
    </message>
</context>
</TS>
