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
    <message numerus="yes">
        <source>Tokens of %1 · %n token(s)</source>
        <translation>
            <numerusform>Tokens of %1 · %n token</numerusform>
            <numerusform>Tokens of %1 · %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✂ truncated at the model&apos;s max length, %n token(s) dropped</source>
        <translation>
            <numerusform>✂ truncated at the model&apos;s max length, %n token dropped</numerusform>
            <numerusform>✂ truncated at the model&apos;s max length, %n tokens dropped</numerusform>
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
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
</context>
<context>
    <name>elui::SimilarityMatrixModel</name>
    <message>
        <source>%1 × %2: cosine %3</source>
        <translation>%1 × %2: cosine %3</translation>
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
        <source>Token type (segment) id: 0 for text A, 1 for text B</source>
        <translation>Token type (segment) id: 0 for text A, 1 for text B</translation>
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
