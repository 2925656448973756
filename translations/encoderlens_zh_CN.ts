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
    <message numerus="yes">
        <source>Tokens of %1 · %n token(s)</source>
        <translation>
            <numerusform>%1 的词元 · %n 个</numerusform>
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
    <message numerus="yes">
        <source>✂ truncated at the model&apos;s max length, %n token(s) dropped</source>
        <translation>
            <numerusform>✂ 已按模型最大长度截断，丢弃 %n 个词元</numerusform>
        </translation>
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
    <message>
        <source>Notes</source>
        <translation>说明</translation>
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
</context>
<context>
    <name>elui::SimilarityMatrixModel</name>
    <message>
        <source>%1 × %2: cosine %3</source>
        <translation>%1 × %2：余弦 %3</translation>
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
        <source>Token type (segment) id: 0 for text A, 1 for text B</source>
        <translation>词元类型（段）ID：文本 A 为 0，文本 B 为 1</translation>
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
