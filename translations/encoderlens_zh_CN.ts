<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorText</name>
    <message>
        <source>A required file or folder was not found.</source>
        <translation>找不到所需的文件或文件夹。</translation>
    </message>
    <message>
        <source>A file could not be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>A file is damaged or not in the expected format.</source>
        <translation>文件已损坏或格式不符合预期。</translation>
    </message>
    <message>
        <source>A configuration file is not valid JSON or has unexpected values.</source>
        <translation>配置文件不是有效的 JSON，或包含意外的值。</translation>
    </message>
    <message>
        <source>The model weights are missing or incomplete.</source>
        <translation>模型权重缺失或不完整。</translation>
    </message>
    <message>
        <source>A weight tensor does not have the shape the configuration requires.</source>
        <translation>某个权重张量的形状与配置要求不符。</translation>
    </message>
    <message>
        <source>The weights use a number format that is not supported.</source>
        <translation>权重使用了不受支持的数值格式。</translation>
    </message>
    <message>
        <source>This kind of model is not supported yet.</source>
        <translation>暂不支持此类模型。</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>输入无效。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation>发生内部错误。</translation>
    </message>
</context>
<context>
    <name>elui::AttentionControls</name>
    <message>
        <source>&amp;Layer</source>
        <translation>层(&amp;L)</translation>
    </message>
    <message>
        <source>Layer shown (0 = first encoder layer)</source>
        <translation>显示的层（0 = 第一个编码器层）</translation>
    </message>
    <message>
        <source>&amp;Head</source>
        <translation>头(&amp;H)</translation>
    </message>
    <message>
        <source>One head, or the mean / maximum over the checked heads</source>
        <translation>单个注意力头，或所选头的平均值 / 最大值</translation>
    </message>
    <message>
        <source>All l&amp;ayers</source>
        <translation>所有层(&amp;A)</translation>
    </message>
    <message>
        <source>Aggregate the chosen heads over every layer instead of one</source>
        <translation>在所有层而非单层上聚合所选注意力头</translation>
    </message>
    <message>
        <source>&amp;Rollout</source>
        <translation>Rollout(&amp;R)</translation>
    </message>
    <message>
        <source>Attention rollout (Abnar &amp; Zuidema 2020) through layers 0 to the chosen layer: per layer the chosen heads are fused, the identity is added for the residual connection, rows are renormalised, and the layers are multiplied</source>
        <translation>注意力 Rollout（Abnar &amp; Zuidema 2020），从第 0 层到所选层：每层融合所选注意力头，为残差连接加上单位矩阵，对各行重新归一化，然后将各层相乘</translation>
    </message>
    <message>
        <source>Hide &amp;special tokens</source>
        <translation>隐藏特殊词元(&amp;S)</translation>
    </message>
    <message>
        <source>Drop [CLS], [SEP] and the like, then renormalise every row to sum to 1</source>
        <translation>去掉 [CLS]、[SEP] 等，然后将每行重新归一化为和为 1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Subword tokens</source>
        <translation>子词词元</translation>
    </message>
    <message>
        <source>Words, mean of pieces</source>
        <translation>单词，片段平均</translation>
    </message>
    <message>
        <source>Words, first piece</source>
        <translation>单词，首个片段</translation>
    </message>
    <message>
        <source>Words, max of pieces</source>
        <translation>单词，片段最大值</translation>
    </message>
    <message>
        <source>Words, sum of pieces</source>
        <translation>单词，片段求和</translation>
    </message>
    <message>
        <source>Merge subword pieces into words. Attention to a word is the sum over its pieces (probability mass); attention from a word combines its pieces&apos; rows by the chosen rule (mean and first keep rows summing to 1).</source>
        <translation>将子词片段合并为单词。指向某个单词的注意力为其各片段之和（概率质量）；来自某个单词的注意力按所选规则合并其片段的行（平均和首个片段可保持行和为 1）。</translation>
    </message>
    <message>
        <source>Head %1</source>
        <translation>头 %1</translation>
    </message>
    <message>
        <source>Mean of heads</source>
        <translation>头平均</translation>
    </message>
    <message>
        <source>Max of heads</source>
        <translation>头最大值</translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>头 %1</translation>
    </message>
    <message numerus="yes">
        <source>max of %n head(s)</source>
        <translation>
            <numerusform>%n 个头的最大值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean of %n head(s)</source>
        <translation>
            <numerusform>%n 个头的平均值</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout through layer %1 (%2)</source>
        <translation>Rollout 至第 %1 层（%2）</translation>
    </message>
    <message>
        <source>All layers, %1</source>
        <translation>所有层，%1</translation>
    </message>
    <message>
        <source>Layer %1, %2</source>
        <translation>第 %1 层，%2</translation>
    </message>
    <message>
        <source>, special tokens hidden</source>
        <translation>，已隐藏特殊词元</translation>
    </message>
</context>
<context>
    <name>elui::AttentionExplorer</name>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Head view</source>
        <translation>头视图</translation>
    </message>
    <message>
        <source>Model view</source>
        <translation>模型视图</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>缩小（−，Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>放大（+，Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit the whole matrix (0)</source>
        <translation>显示整个矩阵（0）</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>保存为 &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>保存为 &amp;SVG…</translation>
    </message>
    <message>
        <source>Save Values as C&amp;SV…</source>
        <translation>将数值保存为 C&amp;SV…</translation>
    </message>
    <message>
        <source>Save Values as &amp;NPY…</source>
        <translation>将数值保存为 &amp;NPY…</translation>
    </message>
    <message>
        <source>Analyse a sentence to see where its attention goes.</source>
        <translation>分析一个句子，查看其注意力的去向。</translation>
    </message>
    <message>
        <source>This inspection has no attention weights.</source>
        <translation>此次检查不包含注意力权重。</translation>
    </message>
    <message>
        <source>Check at least one head to aggregate over.</source>
        <translation>请至少勾选一个要聚合的注意力头。</translation>
    </message>
    <message>
        <source>Cannot show this attention: %1</source>
        <translation>无法显示此注意力：%1</translation>
    </message>
    <message>
        <source>Cannot compute the rollout: %1</source>
        <translation>无法计算 Rollout：%1</translation>
    </message>
    <message>
        <source>Computing the rollout…</source>
        <translation>正在计算 Rollout…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n row(s)</source>
        <translation>
            <numerusform>%1 · %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no attention matrix to export.</source>
        <translation>没有可导出的注意力矩阵。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>逗号分隔值 (*.csv)</translation>
    </message>
    <message>
        <source>NumPy array (*.npy)</source>
        <translation>NumPy 数组 (*.npy)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Scale factor:</source>
        <translation>缩放倍数：</translation>
    </message>
    <message>
        <source>Export Attention</source>
        <translation>导出注意力</translation>
    </message>
</context>
<context>
    <name>elui::AttentionFigure</name>
    <message>
        <source>The image would be too large at scale %1; choose a smaller scale.</source>
        <translation>缩放倍数为 %1 时图像过大；请选择较小的倍数。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>Attention heatmap exported by EncoderLens</source>
        <translation>由 EncoderLens 导出的注意力热力图</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>elui::AttentionHeadSwatches</name>
    <message>
        <source>Heads:</source>
        <translation>注意力头：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Check every head</source>
        <translation>勾选所有头</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Uncheck every head</source>
        <translation>取消勾选所有头</translation>
    </message>
    <message>
        <source>Head %1: show its lines and include it in the mean/max of heads</source>
        <translation>头 %1：显示其连线，并纳入头的平均值/最大值</translation>
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
注意力 %3
Query %4，Key %5</translation>
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
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>H%1</translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation>第 %1 层，头 %2</translation>
    </message>
    <message>
        <source>Brightest colour = %1 (the head&apos;s largest weight)</source>
        <translation>最亮颜色 = %1（该头的最大权重）</translation>
    </message>
    <message>
        <source>Click to show it in the heatmap, double-click to open the heatmap.</source>
        <translation>单击在热力图中显示，双击打开热力图。</translation>
    </message>
</context>
<context>
    <name>elui::AttentionPage</name>
    <message>
        <source>Longest input inspected, special tokens included. The model&apos;s declared max length is the default; longer inputs reach up to what its position embeddings allow.</source>
        <translation>检查的最长输入（含特殊词元）。默认为模型声明的最大长度；更长的输入最多可达其位置嵌入所允许的长度。</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>最大词元数(&amp;T)：</translation>
    </message>
    <message>
        <source>Attention of the selected sentence.</source>
        <translation>所选句子的注意力。</translation>
    </message>
    <message>
        <source>Longest input inspected, special tokens included: %1 by default (the model&apos;s max length), up to %2 (its position embeddings).</source>
        <translation>检查的最长输入（含特殊词元）：默认 %1（模型的最大长度），最多 %2（其位置嵌入的上限）。</translation>
    </message>
    <message>
        <source>Type a sentence to see its attention.</source>
        <translation>输入一个句子以查看其注意力。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n token(s)</source>
        <translation>
            <numerusform>%1 · %n 个词元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✂ cut at %1 tokens, %n dropped</source>
        <translation>
            <numerusform>✂ 在 %1 个词元处截断，丢弃 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>elui::LogPanel</name>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
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
        <translation>未加载模型。
请打开模型文件夹（文件 ▸ 打开模型文件夹…），或将文件夹拖放到此窗口。</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Model Folder…</source>
        <translation>打开模型文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About EncoderLens</source>
        <translation>关于 EncoderLens(&amp;A)</translation>
    </message>
    <message>
        <source>About EncoderLens</source>
        <translation>关于 EncoderLens</translation>
    </message>
    <message>
        <source>&lt;b&gt;EncoderLens %1&lt;/b&gt;&lt;p&gt;Explore pre-trained text encoders: tokens, attention, pooling and similarity, computed by the model itself.&lt;/p&gt;</source>
        <translation>&lt;b&gt;EncoderLens %1&lt;/b&gt;&lt;p&gt;探索预训练文本编码器：词元、注意力、池化与相似度，均由模型本身计算。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>BLAS: checking…</source>
        <translation>BLAS：检测中…</translation>
    </message>
    <message>
        <source>The default model is not installed (expected at %1). Run scripts/setup, or open a model folder with File ▸ Open Model Folder…</source>
        <translation>未安装默认模型（预期位置：%1）。请运行 scripts/setup，或通过“文件 ▸ 打开模型文件夹…”打开模型文件夹。</translation>
    </message>
    <message>
        <source>an unknown location</source>
        <translation>未知位置</translation>
    </message>
    <message>
        <source>Open Model Folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <source>Loading model from %1…</source>
        <translation>正在从 %1 加载模型…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>%1 — EncoderLens</source>
        <translation>%1 — EncoderLens</translation>
    </message>
    <message>
        <source>Loaded %1: %2 layers, hidden size %3, %4 parameters, in %5 s</source>
        <translation>已加载 %1：%2 层，隐藏维度 %3，%4 个参数，用时 %5 秒</translation>
    </message>
    <message>
        <source>Cosine similarity of the sentence embeddings (the model&apos;s declared pooling: %1%2).</source>
        <translation>句向量的余弦相似度（模型声明的池化方式：%1%2）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, normalized</source>
        <translation>，已归一化</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>The folder “%1” could not be opened as a model.</source>
        <translation>无法将文件夹“%1”作为模型打开。</translation>
    </message>
    <message>
        <source>The previous model (%1) stays loaded.</source>
        <translation>之前的模型（%1）仍保持加载。</translation>
    </message>
    <message>
        <source>Could not open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) analysed in %1 ms</source>
        <translation>
            <numerusform>已在 %1 毫秒内分析 %n 个句子</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>库：%1</translation>
    </message>
    <message>
        <source>Build: %1</source>
        <translation>构建：%1</translation>
    </message>
    <message>
        <source>⚠ Slow BLAS: %1 GFLOP/s</source>
        <translation>⚠ BLAS 较慢：%1 GFLOP/s</translation>
    </message>
    <message>
        <source>BLAS: %1 GFLOP/s</source>
        <translation>BLAS：%1 GFLOP/s</translation>
    </message>
    <message>
        <source>BLAS: unknown</source>
        <translation>BLAS：未知</translation>
    </message>
    <message>
        <source>Matrix products are slow here (%1 GFLOP/s), so every model will run slowly.</source>
        <translation>本机矩阵乘法较慢（%1 GFLOP/s），所有模型都会运行缓慢。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Open &amp;Recent Model</source>
        <translation>最近打开的模型(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Load Sentences…</source>
        <translation>加载句子(&amp;L)…</translation>
    </message>
    <message>
        <source>Read sentences from a .txt (one per line), .tsv or .csv file (two text columns: A/B pairs)</source>
        <translation>从 .txt（每行一句）、.tsv 或 .csv 文件读取句子（两个文本列：A/B 句对）</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Model Card</source>
        <translation>模型卡片</translation>
    </message>
    <message>
        <source>Save Current View as &amp;PNG…</source>
        <translation>将当前视图保存为 &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Current View as &amp;SVG…</source>
        <translation>将当前视图保存为 &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Copy Current View Image</source>
        <translation>复制当前视图图像(&amp;C)</translation>
    </message>
    <message>
        <source>BLAS: not checked</source>
        <translation>BLAS：未检测</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent models</source>
        <translation>没有最近打开的模型</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Load Sentences</source>
        <translation>加载句子</translation>
    </message>
    <message>
        <source>Text tables (*.txt *.tsv *.csv);;Text, one sentence per line (*.txt);;Tab-separated values (*.tsv);;Comma-separated values (*.csv);;All files (*)</source>
        <translation>文本表格 (*.txt *.tsv *.csv);;文本，每行一句 (*.txt);;制表符分隔值 (*.tsv);;逗号分隔值 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Could not load sentences</source>
        <translation>无法加载句子</translation>
    </message>
    <message>
        <source>The file “%1” could not be read as sentences.</source>
        <translation>无法将文件“%1”读取为句子。</translation>
    </message>
    <message>
        <source>The file “%1” contains no sentences.</source>
        <translation>文件“%1”不包含任何句子。</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sentence(s) from %1</source>
        <translation>
            <numerusform>已从 %1 加载 %n 个句子</numerusform>
        </translation>
    </message>
    <message>
        <source>(pairs: columns “%1” and “%2”)</source>
        <translation>（句对：列“%1”和“%2”）</translation>
    </message>
    <message>
        <source>(column “%1”)</source>
        <translation>（列“%1”）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) beyond the first %1 were left out.</source>
        <translation>
            <numerusform>超出前 %1 行的 %n 行已被略去。</numerusform>
        </translation>
    </message>
    <message>
        <source>Similarity matrix</source>
        <translation>相似度矩阵</translation>
    </message>
</context>
<context>
    <name>elui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>elui::ModelSummaryView</name>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隐藏维度</translation>
    </message>
    <message>
        <source>Intermediate size</source>
        <translation>中间层维度</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <source>%1 tokens (%2 positions)</source>
        <translation>%1 个词元（%2 个位置）</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>嵌入维度</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>未声明</translation>
    </message>
    <message>
        <source>%1, then normalize</source>
        <translation>%1，然后归一化</translation>
    </message>
    <message>
        <source>Declared pooling</source>
        <translation>声明的池化方式</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>%1 (%2 M)</source>
        <translation>%1（%2 M）</translation>
    </message>
    <message>
        <source>Stored dtype</source>
        <translation>存储数据类型</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Float32 weights held in memory: %1 bytes</source>
        <translation>内存中的 Float32 权重：%1 字节</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重文件</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>加载时间</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条说明</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored weights</source>
        <translation>忽略的权重</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) not used by the encoder</source>
        <translation>
            <numerusform>编码器未使用的张量：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Lowercases (sentence-transformers)</source>
        <translation>转小写（sentence-transformers）</translation>
    </message>
    <message>
        <source>sentence_bert_config.json do_lower_case; the tokenizer may also lowercase by itself</source>
        <translation>sentence_bert_config.json 中的 do_lower_case；分词器本身也可能转为小写</translation>
    </message>
    <message>
        <source>The length sentence-transformers truncates to (max_seq_length), and max_position_embeddings</source>
        <translation>sentence-transformers 截断到的长度（max_seq_length），以及 max_position_embeddings</translation>
    </message>
    <message>
        <source>Max input length</source>
        <translation>最大输入长度</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个词元</translation>
    </message>
    <message>
        <source>The longest input the position embeddings allow: the attention tab can inspect up to this</source>
        <translation>位置嵌入所允许的最长输入：注意力标签页最多可检查到此长度</translation>
    </message>
    <message>
        <source>Missing or ignored</source>
        <translation>缺失或忽略</translation>
    </message>
    <message>
        <source>nothing: every file and weight was used</source>
        <translation>无：所有文件和权重均已使用</translation>
    </message>
    <message>
        <source>Missing, ignored or defaulted</source>
        <translation>缺失、忽略或使用默认值</translation>
    </message>
</context>
<context>
    <name>elui::PoolingChoiceEditor</name>
    <message>
        <source>Include special tokens</source>
        <translation>包含特殊词元</translation>
    </message>
    <message>
        <source>Normalise (L2)</source>
        <translation>归一化（L2）</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>模型声明</translation>
    </message>
    <message>
        <source>Pooling mode (sentence-transformers Pooling)</source>
        <translation>池化模式（sentence-transformers Pooling）</translation>
    </message>
    <message>
        <source>Hidden state to pool: the embedding output, one layer, or the mean of the last N layers</source>
        <translation>要池化的隐藏状态：嵌入层输出、某一层，或最后 N 层的平均值</translation>
    </message>
    <message>
        <source>N = </source>
        <translation>N = </translation>
    </message>
    <message>
        <source>Pool over [CLS]/[SEP]-like tokens too (sentence-transformers does)</source>
        <translation>同时对 [CLS]/[SEP] 之类的词元池化（sentence-transformers 也是如此）</translation>
    </message>
    <message>
        <source>Divide the pooled vector by its length (matters for the dot product)</source>
        <translation>将池化向量除以其长度（影响点积）</translation>
    </message>
    <message>
        <source>Restore the model&apos;s declared pooling pipeline</source>
        <translation>恢复模型声明的池化流程</translation>
    </message>
    <message>
        <source>Pooling:</source>
        <translation>池化：</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>%1 (declared)</source>
        <translation>%1（声明）</translation>
    </message>
    <message>
        <source>Embeddings (0)</source>
        <translation>嵌入层（0）</translation>
    </message>
    <message>
        <source>Layer %1 (last)</source>
        <translation>第 %1 层（最后一层）</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Mean of the last N layers</source>
        <translation>最后 N 层的平均值</translation>
    </message>
    <message numerus="yes">
        <source>mean of the last %n layer(s)</source>
        <translation>
            <numerusform>最后 %n 层的平均值</numerusform>
        </translation>
    </message>
    <message>
        <source>embedding output</source>
        <translation>嵌入层输出</translation>
    </message>
    <message>
        <source>last layer</source>
        <translation>最后一层</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1，%2，%3，%4</translation>
    </message>
    <message>
        <source>with special tokens</source>
        <translation>含特殊词元</translation>
    </message>
    <message>
        <source>without special tokens</source>
        <translation>不含特殊词元</translation>
    </message>
    <message>
        <source>normalised</source>
        <translation>已归一化</translation>
    </message>
    <message>
        <source>not normalised</source>
        <translation>未归一化</translation>
    </message>
</context>
<context>
    <name>elui::PoolingLab</name>
    <message>
        <source>Choice 1</source>
        <translation>方案 1</translation>
    </message>
    <message>
        <source>Choice 2</source>
        <translation>方案 2</translation>
    </message>
    <message>
        <source>Cosine similarity</source>
        <translation>余弦相似度</translation>
    </message>
    <message>
        <source>Dot product</source>
        <translation>点积</translation>
    </message>
    <message>
        <source>Cosine ignores the vectors&apos; lengths; the dot product sees normalisation</source>
        <translation>余弦忽略向量长度；点积会反映归一化的影响</translation>
    </message>
    <message>
        <source>Similarity:</source>
        <translation>相似度：</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Similarity matrices</source>
        <translation>相似度矩阵</translation>
    </message>
    <message>
        <source>Nearest sentences</source>
        <translation>最近邻句子</translation>
    </message>
    <message>
        <source>Token drivers</source>
        <translation>词元贡献</translation>
    </message>
    <message>
        <source>Pooling similarity matrices</source>
        <translation>池化相似度矩阵</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>Declared by the model: %1.</source>
        <translation>模型声明：%1。</translation>
    </message>
    <message>
        <source>The model declares no pooling; the lab takes mean pooling as its declared choice.</source>
        <translation>模型未声明池化方式；池化实验室将平均池化视为声明的方案。</translation>
    </message>
    <message>
        <source>Neither choice is the model&apos;s declared pooling: neither gives its sentence embeddings.</source>
        <translation>两个方案都不是模型声明的池化方式：都得不到模型的句向量。</translation>
    </message>
    <message>
        <source>Choice 1 is not the model&apos;s declared pooling: its vectors are not the model&apos;s sentence embeddings.</source>
        <translation>方案 1 不是模型声明的池化方式：其向量不是模型的句向量。</translation>
    </message>
    <message>
        <source>Choice 2 is not the model&apos;s declared pooling: its vectors are not the model&apos;s sentence embeddings.</source>
        <translation>方案 2 不是模型声明的池化方式：其向量不是模型的句向量。</translation>
    </message>
    <message>
        <source>This model applies a Dense stage after pooling (%1 → %2 dimensions), which the lab does not apply.</source>
        <translation>此模型在池化之后还有一个 Dense 层（%1 → %2 维），池化实验室不会应用该层。</translation>
    </message>
    <message>
        <source>Load a model to compare pooling choices.</source>
        <translation>加载模型以比较池化方案。</translation>
    </message>
    <message>
        <source>Add sentences in the workbench to compare pooling choices.</source>
        <translation>在工作台中添加句子以比较池化方案。</translation>
    </message>
    <message>
        <source>Computing the hidden states…</source>
        <translation>正在计算隐藏状态…</translation>
    </message>
    <message>
        <source>dot product</source>
        <translation>点积</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choice 1&lt;/b&gt;%1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;方案 1&lt;/b&gt;%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source> (declared)</source>
        <translation>（声明）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choice 2&lt;/b&gt;%1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;方案 2&lt;/b&gt;%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Difference&lt;/b&gt;&lt;br&gt;choice 2 − choice 1 (largest change %1)</source>
        <translation>&lt;b&gt;差值&lt;/b&gt;&lt;br&gt;方案 2 − 方案 1（最大变化 %1）</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>choice 1</source>
        <translation>方案 1</translation>
    </message>
    <message>
        <source>choice 2</source>
        <translation>方案 2</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>点积</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Rank (choice 1)</source>
        <translation>排名（方案 1）</translation>
    </message>
    <message>
        <source>%1 (choice 1)</source>
        <translation>%1（方案 1）</translation>
    </message>
    <message>
        <source>Rank (choice 2)</source>
        <translation>排名（方案 2）</translation>
    </message>
    <message>
        <source>%1 (choice 2)</source>
        <translation>%1（方案 2）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
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
        <translation>（跌出前 %1）</translation>
    </message>
    <message>
        <source> (enters top %1)</source>
        <translation>（进入前 %1）</translation>
    </message>
    <message>
        <source>Nearest sentences to %1 “%2” under each choice (top %3 in bold):</source>
        <translation>各方案下与 %1“%2”最接近的句子（前 %3 名加粗）：</translation>
    </message>
    <message>
        <source>The top-%1 neighbours differ between the choices for %2 of %3 sentences.</source>
        <translation>在 %3 个句子中，有 %2 个句子的前 %1 个近邻在两个方案间不同。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>choice %1 (max): share of the %2 dimensions each token wins</source>
        <translation>方案 %1（max）：每个词元胜出的维度占全部 %2 维的比例</translation>
    </message>
    <message>
        <source>choice %1 (%2): the one token taken</source>
        <translation>方案 %1（%2）：仅取的那一个词元</translation>
    </message>
    <message>
        <source>choice %1 (%2): each token&apos;s part of the pooled vector, projected on it</source>
        <translation>方案 %1（%2）：每个词元在池化向量中所占的部分（投影到该向量上）</translation>
    </message>
    <message>
        <source> — first of its modes only</source>
        <translation> — 仅其第一个模式</translation>
    </message>
    <message>
        <source>Which tokens drive the pooled vector of %1 “%2” (%3).</source>
        <translation>哪些词元主导了 %1“%2”的池化向量（%3）。</translation>
    </message>
    <message>
        <source>Choice %1: %2</source>
        <translation>方案 %1：%2</translation>
    </message>
    <message>
        <source>share of the pooled vector (%)</source>
        <translation>占池化向量的比例（%）</translation>
    </message>
</context>
<context>
    <name>elui::PrecisionPanel</name>
    <message>
        <source>int8 quantizes the encoder&apos;s linear layers when the model is loaded: faster, but approximate — its embeddings are close to, not equal to, the float32 reference that is exact to sentence-transformers. It was validated on all-MiniLM-L6-v2; larger models may drift more, so check the lowest cosine below. Dynamic int8 also scales activations per batch, so a sentence&apos;s int8 embedding moves slightly with the sentences embedded beside it.</source>
        <translation>int8 在加载模型时对编码器的线性层进行量化：速度更快，但只是近似——其嵌入接近但不等于 float32 参考结果（后者与 sentence-transformers 完全一致）。它已在 all-MiniLM-L6-v2 上验证；更大的模型可能偏差更大，请查看下方的最低余弦值。动态 int8 还会按批次缩放激活值，因此一个句子的 int8 嵌入会随同批嵌入的其他句子而略有变化。</translation>
    </message>
    <message>
        <source>Compare float32 and int8</source>
        <translation>比较 float32 与 int8</translation>
    </message>
    <message>
        <source>Load an int8 copy of the model (once), embed the sentences with both and compare</source>
        <translation>加载模型的 int8 副本（仅一次），分别用两者嵌入句子并进行比较</translation>
    </message>
    <message>
        <source>Precision comparison</source>
        <translation>精度比较</translation>
    </message>
    <message>
        <source>No model is loaded. Open a model folder to compare its float32 and int8 precision.</source>
        <translation>未加载模型。请打开模型文件夹以比较其 float32 与 int8 精度。</translation>
    </message>
    <message>
        <source>Add sentences to the workbench to compare precisions.</source>
        <translation>向工作台添加句子以比较精度。</translation>
    </message>
    <message>
        <source>Press “Compare float32 and int8” to load an int8 copy of the model and measure both.</source>
        <translation>点击“比较 float32 与 int8”以加载模型的 int8 副本并测量两者。</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n sentence(s)…</source>
        <translation>
            <numerusform>正在比较 %n 个句子…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading an int8 copy of the model and comparing %n sentence(s)…</source>
        <translation>
            <numerusform>正在加载模型的 int8 副本并比较 %n 个句子…</numerusform>
        </translation>
    </message>
    <message>
        <source>The precision comparison failed.</source>
        <translation>精度比较失败。</translation>
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
        <translation>%1（cos %2）</translation>
    </message>
    <message>
        <source>Lowest cosine float32 ↔ int8: %1</source>
        <translation>float32 ↔ int8 最低余弦：%1</translation>
    </message>
    <message>
        <source>Below %1: int8 changes this model&apos;s embeddings noticeably.</source>
        <translation>低于 %1：int8 会明显改变此模型的嵌入。</translation>
    </message>
    <message>
        <source>float32: %1 sentences/s (%2 ms per sentence) · int8: %3 sentences/s (%4 ms per sentence) · int8 speed-up ×%5</source>
        <translation>float32：%1 句/秒（每句 %2 毫秒）· int8：%3 句/秒（每句 %4 毫秒）· int8 加速 ×%5</translation>
    </message>
    <message>
        <source>int8 copy loaded in %1 ms (kept from an earlier comparison)</source>
        <translation>int8 副本加载用时 %1 毫秒（沿用先前比较时的副本）</translation>
    </message>
    <message>
        <source>int8 copy loaded in %1 ms</source>
        <translation>int8 副本加载用时 %1 毫秒</translation>
    </message>
    <message numerus="yes">
        <source> · best of %1 runs over %n sentence(s), batched as embed() does</source>
        <translation>
            <numerusform> · 对 %n 个句子运行 %1 次取最佳，按 embed() 的方式分批</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Similarity matrix drift: max |Δcos| %1, mean |Δcos| %2 · nearest neighbour changed for %3 of %n sentence(s)</source>
        <translation>
            <numerusform>相似度矩阵偏移：最大 |Δcos| %1，平均 |Δcos| %2 · %n 个句子中有 %3 个的最近邻发生变化</numerusform>
        </translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>cos float32↔int8</source>
        <translation>cos float32↔int8</translation>
    </message>
    <message>
        <source>Nearest (float32)</source>
        <translation>最近邻（float32）</translation>
    </message>
    <message>
        <source>Nearest (int8)</source>
        <translation>最近邻（int8）</translation>
    </message>
    <message>
        <source>Neighbour changed</source>
        <translation>最近邻已变化</translation>
    </message>
    <message>
        <source>max |Δcos| in row</source>
        <translation>行内最大 |Δcos|</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>elui::SentenceListModel</name>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Second text (B)</source>
        <translation>第二段文本（B）</translation>
    </message>
</context>
<context>
    <name>elui::SentencePanel</name>
    <message>
        <source>Type a sentence…</source>
        <translation>输入句子…</translation>
    </message>
    <message>
        <source>Edits the selected sentence; the views update as you type. Return adds a new sentence.</source>
        <translation>编辑所选句子；输入时视图实时更新。按回车键添加新句子。</translation>
    </message>
    <message>
        <source>&amp;Add Sentence</source>
        <translation>添加句子(&amp;A)</translation>
    </message>
    <message>
        <source>Add a new sentence below the selected one</source>
        <translation>在所选句子下方添加新句子</translation>
    </message>
    <message>
        <source>&amp;Remove Sentence</source>
        <translation>删除句子(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected sentences</source>
        <translation>删除所选句子</translation>
    </message>
    <message>
        <source>&amp;Paste Sentences</source>
        <translation>粘贴句子(&amp;P)</translation>
    </message>
    <message>
        <source>Add every line of the clipboard as a sentence</source>
        <translation>将剪贴板中的每一行添加为一个句子</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Second text (B) of the pair, optional…</source>
        <translation>句对的第二段文本（B），可选…</translation>
    </message>
    <message>
        <source>With a second text the sentence is tokenized and inspected as an A/B pair (segments and type ids); the similarity matrix uses text A.</source>
        <translation>有第二段文本时，该句子将作为 A/B 句对进行分词和检查（句段与类型 ID）；相似度矩阵使用文本 A。</translation>
    </message>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>下一个句子(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Sentence</source>
        <translation>上一个句子(&amp;U)</translation>
    </message>
    <message>
        <source>Sentence Pa&amp;irs (A/B)</source>
        <translation>句对（A/B）(&amp;B)</translation>
    </message>
    <message>
        <source>Show a second text (B) per sentence, tokenized and inspected as a pair</source>
        <translation>为每个句子显示第二段文本（B），并作为句对进行分词和检查</translation>
    </message>
</context>
<context>
    <name>elui::SimilarityMaps</name>
    <message>
        <source>Input order</source>
        <translation>输入顺序</translation>
    </message>
    <message>
        <source>Clustered (average linkage on 1 − cosine)</source>
        <translation>聚类（基于 1 − 余弦的平均链接）</translation>
    </message>
    <message>
        <source>Hidden state whose token embeddings the token map compares</source>
        <translation>词元图所比较的词元嵌入取自的隐藏状态</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>顺序：</translation>
    </message>
    <message>
        <source>Token layer:</source>
        <translation>词元层：</translation>
    </message>
    <message>
        <source>Sentence similarity</source>
        <translation>句子相似度</translation>
    </message>
    <message>
        <source>Token similarity of the pair</source>
        <translation>句对的词元相似度</translation>
    </message>
    <message>
        <source>Pair similarity across layers</source>
        <translation>句对相似度随层变化</translation>
    </message>
    <message>
        <source>Embeddings (0)</source>
        <translation>嵌入层（0）</translation>
    </message>
    <message>
        <source>Layer %1 (last)</source>
        <translation>第 %1 层（最后一层）</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sentence similarity&lt;/b&gt;</source>
        <translation>&lt;b&gt;句子相似度&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Token similarity&lt;/b&gt;</source>
        <translation>&lt;b&gt;词元相似度&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pair similarity across layers&lt;/b&gt;</source>
        <translation>&lt;b&gt;句对相似度随层变化&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Load a model to see similarity maps.</source>
        <translation>加载模型以查看相似度图。</translation>
    </message>
    <message>
        <source>Add sentences in the workbench to see similarity maps.</source>
        <translation>在工作台中添加句子以查看相似度图。</translation>
    </message>
    <message>
        <source>Computing the hidden states…</source>
        <translation>正在计算隐藏状态…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sentence similarity&lt;/b&gt; — cosine of the model&apos;s sentence embeddings (%1); %2. Click a cell to compare that pair token by token.</source>
        <translation>&lt;b&gt;句子相似度&lt;/b&gt; — 模型句向量的余弦（%1）；%2。单击单元格可逐词元比较该句对。</translation>
    </message>
    <message>
        <source>input order</source>
        <translation>输入顺序</translation>
    </message>
    <message>
        <source>clustered order</source>
        <translation>聚类顺序</translation>
    </message>
    <message>
        <source>Click a cell of the sentence map to compare two sentences.</source>
        <translation>单击句子图中的单元格以比较两个句子。</translation>
    </message>
    <message>
        <source>%1, token %2</source>
        <translation>%1，词元 %2</translation>
    </message>
    <message>
        <source>embedding output</source>
        <translation>嵌入层输出</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>&lt;b&gt;Token similarity&lt;/b&gt; — rows %1 “%2”, columns %3 “%4”, %5. Dot: the row&apos;s best match; frame: the column&apos;s best match; both: mutual (%6 pairs).</source>
        <translation>&lt;b&gt;词元相似度&lt;/b&gt; — 行为 %1“%2”，列为 %3“%4”，%5。圆点：该行的最佳匹配；方框：该列的最佳匹配；两者兼有：互为最佳匹配（%6 对）。</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 × %2 across layers&lt;/b&gt; — cosine of the declared pooling (%3) at each hidden state (0 = embedding output).</source>
        <translation>&lt;b&gt;%1 × %2 随层变化&lt;/b&gt; — 各隐藏状态下声明池化方式（%3）的余弦（0 = 嵌入层输出）。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>token map layer</source>
        <translation>词元图所用层</translation>
    </message>
</context>
<context>
    <name>elui::SimilarityMatrixModel</name>
    <message>
        <source>%1 × %2: %3 %4</source>
        <translation>%1 × %2：%3 %4</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
</context>
<context>
    <name>elui::TokenChipsView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;ID %2 · position %3&lt;br&gt;Characters %4–%5: “%6”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;ID %2 · 位置 %3&lt;br&gt;字符 %4–%5：“%6”</translation>
    </message>
    <message>
        <source>Special token added by the tokenizer</source>
        <translation>分词器添加的特殊词元</translation>
    </message>
    <message>
        <source>Unknown token: the vocabulary has no piece for this text</source>
        <translation>未知词元：词表中没有对应此文本的片段</translation>
    </message>
    <message>
        <source>Continues the previous word</source>
        <translation>接续前一个词</translation>
    </message>
    <message>
        <source>Segment A</source>
        <translation>句段 A</translation>
    </message>
    <message>
        <source>Segment B</source>
        <translation>句段 B</translation>
    </message>
    <message>
        <source>Truncation cut: the tokens after this one were dropped</source>
        <translation>截断位置：此词元之后的词元已被丢弃</translation>
    </message>
</context>
<context>
    <name>elui::TokenPanel</name>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>The tokens of the selected sentence appear here.</source>
        <translation>所选句子的词元将显示在此处。</translation>
    </message>
    <message numerus="yes">
        <source>✂ Truncated: %n token(s) beyond the model&apos;s max length were dropped.</source>
        <translation>
            <numerusform>✂ 已截断：超出模型最大长度的 %n 个词元已被丢弃。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>elui::TokenTableModel</name>
    <message>
        <source>special</source>
        <translation>特殊</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The characters of the sentence this token covers</source>
        <translation>该词元覆盖的句子字符</translation>
    </message>
    <message>
        <source>Character offsets in Unicode code points; special tokens have 0–0</source>
        <translation>以 Unicode 码位计的字符偏移；特殊词元为 0–0</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>特殊</translation>
    </message>
    <message>
        <source>Token type id the model receives (models without token types get 0 everywhere)</source>
        <translation>模型接收的词元类型 ID（没有词元类型的模型全部为 0）</translation>
    </message>
    <message>
        <source>The text the token comes from: A, or B of a pair; empty for special tokens</source>
        <translation>词元所来自的文本：句对的 A 或 B；特殊词元为空</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>句段</translation>
    </message>
</context>
<context>
    <name>elui::TokenTextView</name>
    <message>
        <source>Dropped by truncation: the model never sees these characters</source>
        <translation>因截断而丢弃：模型不会看到这些字符</translation>
    </message>
</context>
<context>
    <name>elui::TokenizationInspector</name>
    <message>
        <source>Text B:</source>
        <translation>文本 B：</translation>
    </message>
    <message>
        <source>Show &amp;whitespace</source>
        <translation>显示空白(&amp;W)</translation>
    </message>
    <message>
        <source>Show &amp;IDs</source>
        <translation>显示 &amp;ID</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>对比(&amp;C)…</translation>
    </message>
    <message>
        <source>Tokenize the same sentence with another model folder&apos;s tokenizer, side by side</source>
        <translation>使用另一个模型文件夹的分词器对同一句子分词，并排显示</translation>
    </message>
    <message>
        <source>Draw spaces as · and word-start markers (Ġ, ▁) as ␣</source>
        <translation>将空格显示为 ·，将词首标记（Ġ、▁）显示为 ␣</translation>
    </message>
    <message>
        <source>Text A:</source>
        <translation>文本 A：</translation>
    </message>
    <message>
        <source>Normalized:</source>
        <translation>规范化文本：</translation>
    </message>
    <message>
        <source>Pre-tokens:</source>
        <translation>预分词单元：</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>停止对比</translation>
    </message>
    <message>
        <source>Tokens of the selected sentence.</source>
        <translation>所选句子的词元。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n token(s)</source>
        <translation>
            <numerusform>%1 · %n 个词元</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B pair</source>
        <translation>A/B 句对</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>无词元。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个词元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) for %1 word(s)</source>
        <translation>
            <numerusform>%1 个单词对应 %n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <source>fertility %1</source>
        <translation>每词片段数 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-token(s)</source>
        <translation>
            <numerusform>%n 个预分词单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n 个未知词元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✂ cut at %1 tokens: %n dropped</source>
        <translation>
            <numerusform>✂ 在 %1 个词元处截断：丢弃 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with Model Folder</source>
        <translation>与模型文件夹对比</translation>
    </message>
    <message>
        <source>Loading the tokenizer of %1…</source>
        <translation>正在加载 %1 的分词器…</translation>
    </message>
    <message>
        <source>Could not load the tokenizer of %1: %2</source>
        <translation>无法加载 %1 的分词器：%2</translation>
    </message>
    <message>
        <source>%1 vs this model</source>
        <translation>%1 与当前模型对比</translation>
    </message>
    <message>
        <source>Tokens by %1 (tokenizer only, untruncated)</source>
        <translation>%1 的词元（仅分词器，未截断）</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
</context>
<context>
    <name>elui::ViewExporter</name>
    <message>
        <source>Copy image and numbers</source>
        <translation>复制图像和数值</translation>
    </message>
    <message>
        <source>There is nothing to copy yet.</source>
        <translation>暂无可复制的内容。</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>保存为 SVG…</translation>
    </message>
    <message>
        <source>Save numbers as CSV…</source>
        <translation>将数值保存为 CSV…</translation>
    </message>
    <message>
        <source>Save matrix as NumPy .npy…</source>
        <translation>将矩阵保存为 NumPy .npy…</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>暂无可导出的内容。</translation>
    </message>
    <message>
        <source>The image would be too large at scale %1; choose a smaller scale.</source>
        <translation>缩放倍数为 %1 时图像过大；请选择较小的倍数。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Exported by EncoderLens</source>
        <translation>由 EncoderLens 导出</translation>
    </message>
    <message>
        <source>This view has no table of numbers.</source>
        <translation>此视图没有数值表。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>This view has no matrix.</source>
        <translation>此视图没有矩阵。</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG 缩放倍数</translation>
    </message>
    <message>
        <source>Scale of the image:</source>
        <translation>图像缩放倍数：</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy 数组 (*.npy)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore pre-trained text encoders.</source>
        <translation>探索预训练文本编码器。</translation>
    </message>
    <message>
        <source>Model folder to open (default: the installed default model).</source>
        <translation>要打开的模型文件夹（默认：已安装的默认模型）。</translation>
    </message>
    <message>
        <source>Threads for the model (0 = all cores).</source>
        <translation>模型使用的线程数（0 = 所有核心）。</translation>
    </message>
</context>
</TS>
