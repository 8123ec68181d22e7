<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Launch Atlas</source>
        <translation>Launch Atlas について</translation>
    </message>
    <message>
        <source>Launch Atlas icon</source>
        <translation>Launch Atlas アイコン</translation>
    </message>
    <message>
        <source>Launch Atlas</source>
        <translation>Launch Atlas</translation>
    </message>
    <message>
        <source>Data sources and attribution</source>
        <translation>データの出典と帰属</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>保存しない</translation>
    </message>
</context>
<context>
    <name>StanceBadge</name>
    <message>
        <source>condemn</source>
        <translation>非難</translation>
    </message>
    <message>
        <source>protest</source>
        <translation>抗議</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>懸念</translation>
    </message>
    <message>
        <source>urge</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>cooperation</source>
        <translation>協力</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>対話</translation>
    </message>
    <message>
        <source>condemned, denounced or called it a violation</source>
        <translation>非難・糾弾し、または違反だと述べた</translation>
    </message>
    <message>
        <source>lodged a formal protest</source>
        <translation>正式に抗議した</translation>
    </message>
    <message>
        <source>expressed concern or alarm</source>
        <translation>懸念や警戒を表明した</translation>
    </message>
    <message>
        <source>urged North Korea to halt or refrain</source>
        <translation>北朝鮮に中止や自制を求めた</translation>
    </message>
    <message>
        <source>sympathy, backing or justification</source>
        <translation>共感・支持または正当化</translation>
    </message>
    <message>
        <source>confirmed, detected or reported, without judgement</source>
        <translation>判断なしに確認・探知・報告した</translation>
    </message>
    <message>
        <source>reaffirmed an alliance or coordination</source>
        <translation>同盟や連携を再確認した</translation>
    </message>
    <message>
        <source>offered or called for talks</source>
        <translation>対話を提案または呼びかけた</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Ballistic</source>
        <translation>弾道</translation>
    </message>
    <message>
        <source>Hypersonic</source>
        <translation>極超音速</translation>
    </message>
    <message>
        <source>Cruise</source>
        <translation>巡航</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Undated (%1)</source>
        <translation>日付不明 (%1)</translation>
    </message>
    <message>
        <source>inferred · %1</source>
        <translation>推定 · %1</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter of a year</comment>
        <translation>第%1四半期</translation>
    </message>
    <message>
        <source> · %1 missiles</source>
        <translation> · ミサイル%1発</translation>
    </message>
    <message>
        <source> · sources disagree</source>
        <translation> · 情報源が食い違う</translation>
    </message>
    <message>
        <source>%1 (context)</source>
        <translation>%1（文脈から）</translation>
    </message>
</context>
<context>
    <name>atlas::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Launch Atlas %1&lt;/h2&gt;&lt;p&gt;North Korea&apos;s missile launches from the news: a timeline, a map and the diplomatic reactions, every fact traced to its sentence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Launch Atlas %1&lt;/h2&gt;&lt;p&gt;ニュースから読む北朝鮮のミサイル発射：タイムライン、地図、外交的反応。すべての事実を出典の文までたどれます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>atlas::ArticleView</name>
    <message>
        <source>publication date</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>反応</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>日付欄</translation>
    </message>
    <message>
        <source>date stamp</source>
        <translation>日付表記</translation>
    </message>
    <message>
        <source>site banner</source>
        <translation>サイトのバナー</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>ユーザー指定</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>発行</translation>
    </message>
    <message>
        <source>Date from</source>
        <translation>日付の出典</translation>
    </message>
    <message>
        <source>Every article read, with its publication date and where that date came from</source>
        <translation>読み込んだすべての記事とその発行日、日付の出典</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; about the launch of %2: “%3”</source>
        <translation>%2 の発射についての&lt;b&gt;%1&lt;/b&gt;：「%3」</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of the launch of %2: %3 (read from “%4”)</source>
        <translation>%2 の発射の&lt;b&gt;%1&lt;/b&gt;：%3（「%4」から読み取り）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: “%2”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：「%2」</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>From the words “%1”</source>
        <translation>「%1」という語句から</translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted span(s). Click one to select its field and launch.</source>
        <translation>
            <numerusform>強調箇所 %n 件。クリックするとその項目と発射を選択します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an article above.</source>
        <translation>上で記事を選んでください。</translation>
    </message>
    <message>
        <source>Articles read</source>
        <translation>読み込んだ記事</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>記事本文</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>launch site</source>
        <translation>発射地点</translation>
    </message>
    <message>
        <source>missile class</source>
        <translation>ミサイル種別</translation>
    </message>
    <message>
        <source>number of missiles</source>
        <translation>ミサイル数</translation>
    </message>
    <message>
        <source>distance flown</source>
        <translation>飛行距離</translation>
    </message>
    <message>
        <source>apogee</source>
        <translation>最高高度</translation>
    </message>
    <message>
        <source>splashdown</source>
        <translation>落下地点</translation>
    </message>
</context>
<context>
    <name>atlas::AssignDateDialog</name>
    <message>
        <source>Assign a Date</source>
        <translation>日付の指定</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The articles give no date for this launch. The date you choose is kept as your correction, beside what the articles say, and can be undone.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;記事にはこの発射の日付がありません。選んだ日付は記事の記述と並べてあなたの修正として保存され、元に戻せます。</translation>
    </message>
    <message>
        <source>Date of the launch</source>
        <translation>発射日</translation>
    </message>
    <message>
        <source>The articles say it was a %1.</source>
        <translation>記事によれば%1でした。</translation>
    </message>
    <message>
        <source>The articles give the day (%1) but not the year.</source>
        <translation>記事には日付（%1）はありますが、年はありません。</translation>
    </message>
    <message>
        <source>From context (not stated): %1.</source>
        <translation>文脈からの推定（明記なし）：%1。</translation>
    </message>
    <message>
        <source>Assign Date</source>
        <translation>日付を指定</translation>
    </message>
    <message>
        <source>%1 is a %2; the articles say %3.</source>
        <translation>%1は%2です。記事には%3とあります。</translation>
    </message>
    <message>
        <source>The articles give %1.</source>
        <translation>記事には%1とあります。</translation>
    </message>
    <message>
        <source>Before the inferred range: fine if you know better.</source>
        <translation>推定範囲より前です。より確かな情報があれば構いません。</translation>
    </message>
    <message>
        <source>After the inferred range: fine if you know better.</source>
        <translation>推定範囲より後です。より確かな情報があれば構いません。</translation>
    </message>
</context>
<context>
    <name>atlas::BriefingComposer</name>
    <message>
        <source>North Korean missile launches</source>
        <translation>北朝鮮のミサイル発射</translation>
    </message>
    <message>
        <source>North Korean missile launches, %1</source>
        <translation>北朝鮮のミサイル発射、%1</translation>
    </message>
    <message>
        <source>North Korean missile launches, %1–%2</source>
        <translation>北朝鮮のミサイル発射、%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n launch reported</source>
        <translation>
            <numerusform>報道された発射 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n launches reported</source>
        <translation>
            <numerusform>報道された発射 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article</source>
        <translation>
            <numerusform>記事 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n articles</source>
        <translation>
            <numerusform>記事 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a date</source>
        <translation>
            <numerusform>日付不明 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>highlighted: %1</source>
        <translation>強調: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <source>As of: no dated source</source>
        <translation>時点: 日付のある出典なし</translation>
    </message>
    <message>
        <source>Approximate values: splashdown points are ESTIMATES (reported distance on the likeliest bearing, with its uncertainty sector), not reported coordinates (%1 of the launches shown).</source>
        <translation>概算値：落下地点は報告された座標ではなく推定値です（報道された距離を最も可能性の高い方位に適用、不確かさの扇形付き。表示中の発射のうち%1件）。</translation>
    </message>
    <message>
        <source>The Japanese zone is an approximate 200-nautical-mile outline, not the legal EEZ.</source>
        <translation>日本の水域は200海里の概略線であり、法的なEEZではありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n site known only to a county or province is drawn as a disc, not a pin.</source>
        <translation>
            <numerusform>郡・道単位でしか分からない発射場所%n か所は、ピンではなく円で描かれます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sites known only to a county or province are drawn as discs, not pins.</source>
        <translation>
            <numerusform>郡・道単位でしか分からない発射場所%n か所は、ピンではなく円で描かれます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates are as precise as the sources: a bar spans a week or month when no day is given.</source>
        <translation>日付の精度は出典どおりです: 日が示されていない場合、棒は週または月にわたります。</translation>
    </message>
    <message>
        <source>Data: launches and reactions extracted by Launch Atlas from the news articles listed, as they state them. Map: %1</source>
        <translation>データ：掲載のニュース記事から Launch Atlas が記事の記述どおりに抽出した発射と反応。地図：%1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日付不明</translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n article)</source>
        <translation>
            <numerusform>出典（記事 %n件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n articles)</source>
        <translation>
            <numerusform>出典（記事 %n件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all are listed by File → Export data)</source>
        <translation>
            <numerusform>… ほか%n件（すべての一覧はファイル → データのエクスポート）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::CorrectionDialog</name>
    <message>
        <source>Correct: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <source>The machine read: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>機械の読み取り：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Now shown: %1</source>
        <translation>現在の表示: %1</translation>
    </message>
    <message>
        <source>Why (optional): the source you checked, the reason…</source>
        <translation>理由（任意）: 確認した出典、根拠…</translation>
    </message>
    <message>
        <source>(no weekday)</source>
        <translation>（曜日なし）</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Weekday (unknown dates)</source>
        <translation>曜日（日付不明）</translation>
    </message>
    <message>
        <source>Place (gazetteer name)</source>
        <translation>場所（地名辞典の名称）</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Designations, comma-separated</source>
        <translation>名称（カンマ区切り）</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>no upper bound (&quot;at least&quot;)</source>
        <translation>上限なし（「少なくとも」）</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>少なくとも</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最大</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>(exact)</source>
        <translation>（正確）</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>キロメートル</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>修飾語</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（記載なし）</translation>
    </message>
    <message>
        <source>East Sea (Sea of Japan)</source>
        <translation>東海（日本海）</translation>
    </message>
    <message>
        <source>Yellow Sea (West Sea)</source>
        <translation>黄海（西海）</translation>
    </message>
    <message>
        <source>inside Japan&apos;s EEZ</source>
        <translation>日本の EEZ 内</translation>
    </message>
    <message>
        <source>outside Japan&apos;s EEZ</source>
        <translation>日本の EEZ 外</translation>
    </message>
    <message>
        <source>hit a land target</source>
        <translation>地上目標に着弾</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>海域</translation>
    </message>
    <message>
        <source>EEZ</source>
        <translation>EEZ</translation>
    </message>
    <message>
        <source>set by the analyst</source>
        <translation>アナリストが指定</translation>
    </message>
</context>
<context>
    <name>atlas::CorrectionsDialog</name>
    <message>
        <source>Corrections</source>
        <translation>修正一覧</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>日時 (UTC)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Take this correction back (Edit → Undo brings it again)</source>
        <translation>この修正を取り消します（編集 → 元に戻す で再適用）</translation>
    </message>
    <message>
        <source>Machine read: %1
You set: %2</source>
        <translation>機械の読み取り：%1
あなたの設定：%2</translation>
    </message>
    <message>
        <source>does not fit the articles read</source>
        <translation>読み込んだ記事と合いません</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>適用済み</translation>
    </message>
</context>
<context>
    <name>atlas::DateText</name>
    <message>
        <source>%1 (year not stated)</source>
        <translation>%1（年不明）</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>%1 の週</translation>
    </message>
    <message>
        <source>%1 (date unknown)</source>
        <translation>%1（日付不明）</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日付不明</translation>
    </message>
    <message>
        <source>inferred %1</source>
        <translation>推定 %1</translation>
    </message>
    <message>
        <source>inferred %1 – %2</source>
        <translation>推定 %1～%2</translation>
    </message>
    <message>
        <source>inferred after %1</source>
        <translation>推定 %1 以降</translation>
    </message>
    <message>
        <source>inferred before %1</source>
        <translation>推定 %1 以前</translation>
    </message>
</context>
<context>
    <name>atlas::EditController</name>
    <message>
        <source>There is no active edit %1.</source>
        <translation>有効な修正 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>atlas::ExportActions</name>
    <message>
        <source>Copy &amp;Picture</source>
        <translation>画像をコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Put a picture of the map (or of the timeline or reactions, when they have the focus) on the clipboard</source>
        <translation>地図の画像（タイムラインや反応にフォーカスがあればその画像）をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Export a picture of the map, timeline, reactions or a briefing page (PNG, SVG, PDF)</source>
        <translation>地図・タイムライン・反応・ブリーフィングページを画像として書き出します（PNG、SVG、PDF）</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>データをエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the launches as CSV, GeoJSON or KML for spreadsheets and map tools</source>
        <translation>発射を表計算・地図ツール向けに CSV、GeoJSON、KML で保存します</translation>
    </message>
</context>
<context>
    <name>atlas::ExportDataDialog</name>
    <message>
        <source>Export Data</source>
        <translation>データのエクスポート</translation>
    </message>
    <message>
        <source>CSV: one launch a row, with its sources (spreadsheets)</source>
        <translation>CSV：1 行に発射 1 件、出典付き（表計算ソフト）</translation>
    </message>
    <message>
        <source>GeoJSON: sites and estimated splashdown arcs (QGIS, web maps)</source>
        <translation>GeoJSON：発射場所と推定飛翔経路（QGIS、Web 地図）</translation>
    </message>
    <message>
        <source>KML: sites and arcs with their dates (Google Earth, QGIS)</source>
        <translation>KML：日付付きの発射場所と経路（Google Earth、QGIS）</translation>
    </message>
    <message>
        <source>Splashdown arcs are estimates from the reported distance and are marked approximate.</source>
        <translation>落下経路は報道された距離からの推定で、概算と記されます。</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson)</source>
        <translation>GeoJSON ファイル (*.geojson)</translation>
    </message>
    <message>
        <source>KML files (*.kml)</source>
        <translation>KML ファイル (*.kml)</translation>
    </message>
</context>
<context>
    <name>atlas::ExportDialog</name>
    <message>
        <source>Export Picture</source>
        <translation>画像のエクスポート</translation>
    </message>
    <message>
        <source>Briefing page</source>
        <translation>ブリーフィングページ</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>反応</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>SVG (vector, text kept as text)</source>
        <translation>SVG（ベクター、文字はテキストのまま）</translation>
    </message>
    <message>
        <source>PDF (vector, one page)</source>
        <translation>PDF（ベクター、1ページ）</translation>
    </message>
    <message>
        <source>1920 × 1080 (slide)</source>
        <translation>1920 × 1080（スライド）</translation>
    </message>
    <message>
        <source>3840 × 2160 (4K slide)</source>
        <translation>3840 × 2160（4K スライド）</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>レター 横</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Print (white, darker lines)</source>
        <translation>印刷用（白地、濃い線）</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>対象(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>カスタムサイズ:</translation>
    </message>
    <message>
        <source>S&amp;cale (PNG):</source>
        <translation>倍率(&amp;C)（PNG）:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>タイトル(&amp;I):</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>サブタイトル(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 ピクセル</translation>
    </message>
    <message>
        <source>%1, vector</source>
        <translation>%1、ベクター</translation>
    </message>
    <message>
        <source>%1 × %2 px page, vector</source>
        <translation>%1 × %2 px ページ、ベクター</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>atlas::Exporter</name>
    <message>
        <source>Map: </source>
        <translation>地図: </translation>
    </message>
    <message>
        <source>Timeline: </source>
        <translation>タイムライン: </translation>
    </message>
    <message>
        <source>Reactions: </source>
        <translation>反応: </translation>
    </message>
    <message>
        <source>The picture could not be encoded as PNG.</source>
        <translation>画像をPNGにエンコードできませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>atlas::FieldText</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Launch site</source>
        <translation>発射場所</translation>
    </message>
    <message>
        <source>Missile class</source>
        <translation>ミサイルの分類</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Number of missiles</source>
        <translation>ミサイルの数</translation>
    </message>
    <message>
        <source>Distance flown</source>
        <translation>飛行距離</translation>
    </message>
    <message>
        <source>Apogee</source>
        <translation>最高高度</translation>
    </message>
    <message>
        <source>Splashdown</source>
        <translation>落下地点</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Not a launch</source>
        <translation>発射ではない</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最大%1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>%1以上</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>%1未満</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>少なくとも%1</translation>
    </message>
    <message>
        <source>close to %1</source>
        <translation>%1近く</translation>
    </message>
    <message>
        <source>as far as %1</source>
        <translation>最大%1</translation>
    </message>
    <message>
        <source>as high as %1</source>
        <translation>最大%1</translation>
    </message>
    <message>
        <source>as much as %1</source>
        <translation>最大%1</translation>
    </message>
    <message>
        <source>as many as %1</source>
        <translation>最大%1</translation>
    </message>
    <message>
        <source>just over %1</source>
        <translation>%1強</translation>
    </message>
    <message>
        <source>just under %1</source>
        <translation>%1弱</translation>
    </message>
    <message>
        <source>a maximum of %1</source>
        <translation>最大%1</translation>
    </message>
    <message>
        <source>an estimated %1</source>
        <translation>推定%1</translation>
    </message>
    <message>
        <source>estimated %1</source>
        <translation>推定%1</translation>
    </message>
    <message>
        <source>approximately %1</source>
        <translation>約%1</translation>
    </message>
    <message>
        <source>approx. %1</source>
        <translation>約%1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>約%1</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>約%1</translation>
    </message>
    <message>
        <source>some %1</source>
        <translation>約%1</translation>
    </message>
    <message>
        <source>roughly %1</source>
        <translation>約%1</translation>
    </message>
    <message>
        <source>nearly %1</source>
        <translation>%1近く</translation>
    </message>
    <message>
        <source>almost %1</source>
        <translation>%1近く</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>%1以上</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>%1未満</translation>
    </message>
    <message>
        <source>East Sea</source>
        <translation>東海</translation>
    </message>
    <message>
        <source>Yellow Sea</source>
        <translation>黄海</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>land impact</source>
        <translation>地上に着弾</translation>
    </message>
    <message>
        <source>inside Japan&apos;s EEZ</source>
        <translation>日本のEEZ内</translation>
    </message>
    <message>
        <source>outside Japan&apos;s EEZ</source>
        <translation>日本のEEZ外</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>直接報道</translation>
    </message>
    <message>
        <source>mentioned</source>
        <translation>言及</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>atlas::FindBar</name>
    <message>
        <source>Find launches, places, actors, article text</source>
        <translation>発射・場所・主体・記事本文を検索</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Type a date, a missile class, a place, a country or person, or any words from the articles. Down arrow moves to the results; Escape closes.</source>
        <translation>日付、ミサイルの分類、場所、国や人物、または記事中の語を入力してください。下矢印で結果へ、Esc で閉じます。</translation>
    </message>
    <message>
        <source>Find results count</source>
        <translation>検索結果の件数</translation>
    </message>
    <message>
        <source>Find results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Enter or double-click: select the launch, or open the article at the match</source>
        <translation>Enter またはダブルクリック：発射を選択するか、一致箇所で記事を開きます</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>発射</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Open the article at this match</source>
        <translation>この一致箇所で記事を開きます</translation>
    </message>
    <message>
        <source>Select this launch in every pane</source>
        <translation>すべてのペインでこの発射を選択します</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::FirstRunHint</name>
    <message>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Launch Atlas&lt;/b&gt;&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Select a launch&lt;/b&gt; on the timeline or the map: its reactions and sources follow.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Play the year&lt;/b&gt; on the timeline to watch the launches unfold.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export a briefing&lt;/b&gt; (File → Export…) for slides or print.&lt;/li&gt;&lt;/ol&gt;Find anything with Ctrl+F. Tab moves between the panes.</source>
        <translation>&lt;b&gt;Launch Atlas へようこそ&lt;/b&gt;&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;タイムラインか地図で&lt;b&gt;発射を選択&lt;/b&gt;すると、反応と出典が連動します。&lt;/li&gt;&lt;li&gt;タイムラインで&lt;b&gt;一年を再生&lt;/b&gt;し、発射の推移を見てみましょう。&lt;/li&gt;&lt;li&gt;スライドや印刷用に&lt;b&gt;ブリーフィングを書き出せます&lt;/b&gt;（ファイル → エクスポート…）。&lt;/li&gt;&lt;/ol&gt;Ctrl+F で何でも検索できます。Tab キーでペイン間を移動します。</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>了解</translation>
    </message>
    <message>
        <source>Dismiss the getting-started hint</source>
        <translation>「はじめに」の案内を閉じる</translation>
    </message>
    <message>
        <source>Hide this hint (Help → Getting Started shows it again)</source>
        <translation>この案内を隠します（ヘルプ → はじめに で再表示）</translation>
    </message>
</context>
<context>
    <name>atlas::GlossaryDialog</name>
    <message>
        <source> — range about %1 to %2 km</source>
        <translation> — 射程 約%1～%2 km</translation>
    </message>
    <message>
        <source>
| class | range |
|---|---|
</source>
        <translation>
| 分類 | 射程 |
|---|---|
</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>Find a term…</source>
        <translation>用語を検索…</translation>
    </message>
</context>
<context>
    <name>atlas::ImportDialog</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>re-extracted</source>
        <translation>再抽出</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>取り込まず</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>記事の取り込み</translation>
    </message>
    <message>
        <source>Cancelling… what is already in stays in.</source>
        <translation>取り消し中… 取り込み済みのものは残ります。</translation>
    </message>
    <message>
        <source>Listing files…</source>
        <translation>ファイルを一覧中…</translation>
    </message>
    <message>
        <source>%1 of %2 files · %3 launches found · %4 added · %5 skipped</source>
        <translation>ファイル %2 件中 %1 件 · 発射 %3 回を検出 · %4 件追加 · %5 件スキップ</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>取り込みを取り消しました</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>取り込みが止まりました</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>The library was left as it was before the failing batch.</source>
        <translation>ライブラリは失敗したバッチの前の状態のままです。</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>取り込みレポート</translation>
    </message>
</context>
<context>
    <name>atlas::LaunchDetails</name>
    <message>
        <source>&lt;div style=&quot;color:#C0392B&quot;&gt;Sources disagree:&lt;/div&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;%1&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;div style=&quot;color:#C0392B&quot;&gt;情報源が食い違っています：&lt;/div&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;%1&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;div style=&quot;color:#666&quot;&gt;&lt;small&gt;machine read: &lt;s&gt;%1&lt;/s&gt; · corrected %2%3 &lt;a href=&quot;revert:%4&quot;&gt;revert&lt;/a&gt;&lt;/small&gt;&lt;/div&gt;</source>
        <translation>&lt;div style=&quot;color:#666&quot;&gt;&lt;small&gt;機械の読み取り：&lt;s&gt;%1&lt;/s&gt; · %2 に修正%3 &lt;a href=&quot;revert:%4&quot;&gt;元に戻す&lt;/a&gt;&lt;/small&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Launch details</source>
        <translation>発射の詳細</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Correct a field the machine read</source>
        <translation>機械が読み取った項目を修正します</translation>
    </message>
    <message>
        <source>Not a launch</source>
        <translation>発射ではない</translation>
    </message>
    <message>
        <source>Mark this as not a missile launch (artillery, a parade, a test of something else)</source>
        <translation>ミサイル発射ではないと印を付けます（砲撃、軍事パレード、別の試験）</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>統合…</translation>
    </message>
    <message>
        <source>This and another entry are the same launch</source>
        <translation>この項目と別の項目は同じ発射です</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>分割…</translation>
    </message>
    <message>
        <source>Some of these accounts tell of another launch</source>
        <translation>これらの報道の一部は別の発射についてです</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>メモ…</translation>
    </message>
    <message>
        <source>Add a note to this launch</source>
        <translation>この発射にメモを付けます</translation>
    </message>
    <message>
        <source>reported first-hand</source>
        <translation>直接報道</translation>
    </message>
    <message>
        <source>only mentioned in passing</source>
        <translation>言及のみ</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#C0392B&quot;&gt;sources disagree&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:#C0392B&quot;&gt;情報源が食い違う&lt;/span&gt;</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>これはどういう意味？</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Your corrections&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;あなたの修正&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a launch on the timeline or the map to see everything known of it, where each value came from, and to correct it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;タイムラインか地図で発射を選ぶと、分かっていることすべてと各値の出典を確認し、修正できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Machine read: %1
You set: %2</source>
        <translation>機械の読み取り：%1
あなたの設定：%2</translation>
    </message>
    <message>
        <source>(not in the machine&apos;s reading)</source>
        <translation>（機械の読み取りにはない）</translation>
    </message>
    <message>
        <source>Correction not applied</source>
        <translation>修正は適用されませんでした</translation>
    </message>
    <message>
        <source>Why is “%1” not a missile launch? (optional)</source>
        <translation>「%1」がミサイル発射でない理由は？（任意）</translation>
    </message>
    <message>
        <source>Merge launches</source>
        <translation>発射の統合</translation>
    </message>
    <message>
        <source>“%1” is the same launch as:</source>
        <translation>「%1」と同じ発射：</translation>
    </message>
    <message>
        <source>Split launch</source>
        <translation>発射の分割</translation>
    </message>
    <message>
        <source>This launch has one source: there is nothing to split off.</source>
        <translation>この発射の情報源は 1 つだけなので、分割できるものはありません。</translation>
    </message>
    <message>
        <source>The accounts from the checked articles tell of a different launch:</source>
        <translation>チェックした記事の記述は別の発射についてのものです：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Your note on “%1”:</source>
        <translation>「%1」についてのメモ：</translation>
    </message>
    <message>
        <source>&lt;div style=&quot;background:#EEF4FF; color:#1a1a1a; padding:3px&quot;&gt;&lt;i&gt;Inferred, not stated:&lt;/i&gt; between %1 and %2&lt;br&gt;&lt;small&gt;because: %3&lt;/small&gt;&lt;/div&gt;</source>
        <translation>&lt;div style=&quot;background:#EEF4FF; color:#1a1a1a; padding:3px&quot;&gt;&lt;i&gt;明記なしの推定：&lt;/i&gt;%1 から %2 の間&lt;br&gt;&lt;small&gt;根拠：%3&lt;/small&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;background:#FFF8D0; color:#1a1a1a; padding:3px&quot;&gt;&lt;b&gt;Note:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;background:#FFF8D0; color:#1a1a1a; padding:3px&quot;&gt;&lt;b&gt;メモ：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Everything known of the selected launch</source>
        <translation>選択した発射について分かっていること</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%1 · %n source(s)%2&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 · 情報源 %n 件%2&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n source(s))</source>
        <translation>
            <numerusform>%1（情報源 %n 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::LibraryActions</name>
    <message>
        <source>Library: %1 of %2 articles read</source>
        <translation>ライブラリ: 記事 %2 件中 %1 件を読み込み</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>新しいライブラリ(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an empty library file</source>
        <translation>空のライブラリファイルを作成します</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>ライブラリを開く(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a library of articles, extractions and corrections</source>
        <translation>記事・抽出結果・修正を収めたライブラリを開きます</translation>
    </message>
    <message>
        <source>Recent Li&amp;braries</source>
        <translation>最近使ったライブラリ(&amp;B)</translation>
    </message>
    <message>
        <source>Adding the bundled articles…</source>
        <translation>同梱の記事を追加中…</translation>
    </message>
    <message>
        <source>Opening library %1…</source>
        <translation>ライブラリ %1 を開いています…</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 を開いています</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>新しいライブラリ</translation>
    </message>
    <message>
        <source>%1 already exists. A new library never replaces a file; choose another name or open it with Open Library.</source>
        <translation>%1 は既に存在します。新しいライブラリが既存のファイルを置き換えることはありません。別の名前を選ぶか、「ライブラリを開く」で開いてください。</translation>
    </message>
    <message>
        <source>Importing into %1</source>
        <translation>%1 に取り込み中</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>ライブラリを読み込めません: %1</translation>
    </message>
    <message>
        <source>Saving Corrections</source>
        <translation>修正の保存</translation>
    </message>
    <message>
        <source>Your correction is on screen but could not be saved in the library: %1</source>
        <translation>修正は画面に表示されていますが、ライブラリに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Library Cannot Be Opened</source>
        <translation>ライブラリを開けません</translation>
    </message>
    <message>
        <source>%1

The file was not changed and will not be.</source>
        <translation>%1

ファイルは変更されておらず、今後も変更されません。</translation>
    </message>
    <message>
        <source>Open a Copy of the Backup</source>
        <translation>バックアップのコピーを開く</translation>
    </message>
    <message>
        <source>Start a New Library</source>
        <translation>新しいライブラリを始める</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>別のものを開く…</translation>
    </message>
    <message>
        <source>Launch Atlas libraries (*.atlas);;All files (*)</source>
        <translation>Launch Atlas ライブラリ (*.atlas);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>ライブラリを開く</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>Launch Atlas</source>
        <translation>Launch Atlas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Loading cancelled; nothing was changed.</source>
        <translation>読み込みを取り消しました。変更はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: %1</source>
        <translation>
            <numerusform>%n 件のファイルをスキップ: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>反応</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Articles…</source>
        <translation>記事を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Read news articles (.txt, .md, .html) and extract their launches</source>
        <translation>ニュース記事 (.txt, .md, .html) を読み込み、発射を抽出します</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>フォルダを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Read every article in a folder and its subfolders</source>
        <translation>フォルダとそのサブフォルダ内のすべての記事を読み込みます</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export pictures of the map, timeline and reactions</source>
        <translation>地図・タイムライン・反応を画像として書き出します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトを元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find launches, places, actors and words in the articles</source>
        <translation>発射・場所・主体・記事中の語を検索します</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全画面表示(&amp;U)</translation>
    </message>
    <message>
        <source>Use the whole screen for the map, timeline and reactions</source>
        <translation>地図・タイムライン・反応を画面いっぱいに表示します</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>用語集(&amp;G)</translation>
    </message>
    <message>
        <source>Getting &amp;Started</source>
        <translation>はじめに(&amp;S)</translation>
    </message>
    <message>
        <source>Show what to try first</source>
        <translation>最初に試すことを表示します</translation>
    </message>
    <message>
        <source>&amp;About Launch Atlas</source>
        <translation>Launch Atlas について(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n path(s)…</source>
        <translation>
            <numerusform>%n 個のパスを読み込み中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>記事を開く</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>記事 (*.txt *.md *.html *.htm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>フォルダを取り込む</translation>
    </message>
    <message>
        <source>%1 articles · %2 launches · %3 reactions</source>
        <translation>記事 %1 件 · 発射 %2 回 · 反応 %3 件</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Close Launch Atlas; the window layout is kept for next time</source>
        <translation>Launch Atlas を閉じます。ウィンドウの配置は次回も保たれます</translation>
    </message>
    <message>
        <source>Undo your last correction</source>
        <translation>最後の修正を取り消します</translation>
    </message>
    <message>
        <source>Redo the correction you undid</source>
        <translation>取り消した修正をやり直します</translation>
    </message>
    <message>
        <source>Show or hide the %1 pane</source>
        <translation>%1 ペインの表示/非表示を切り替えます</translation>
    </message>
    <message>
        <source>Put every pane back where it was at first start</source>
        <translation>すべてのペインを初回起動時の位置に戻します</translation>
    </message>
    <message>
        <source>Missile classes, date precision and the other terms, in plain words</source>
        <translation>ミサイルの分類、日付の精度などの用語を平易に説明します</translation>
    </message>
    <message>
        <source>Version, data sources and their licences</source>
        <translation>バージョン、データの出典とライセンス</translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation>修正一覧(&amp;C)…</translation>
    </message>
    <message>
        <source>Every correction you made, with the machine&apos;s value; revert any of them</source>
        <translation>機械の読み取り値と並べたすべての修正。どれでも元に戻せます</translation>
    </message>
</context>
<context>
    <name>atlas::MapRenderer</name>
    <message>
        <source>%1, bearing %2° (%3)</source>
        <translation>%1、方位 %2°（%3）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>全期間</translation>
    </message>
    <message numerus="yes">
        <source>Launches %1 · %n shown</source>
        <translation>
            <numerusform>発射 %1 · %n件表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n undated, always shown)</source>
        <translation>
            <numerusform>（日付不明 %n件、常に表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (reported)</source>
        <translation>%1（報道）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>land target, approx.</source>
        <translation>地上目標、推定</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>Natural Earth (public domain) · Lambert conformal conic · splashdowns approx.</source>
        <translation>Natural Earth（パブリックドメイン）· ランベルト正角円錐図法 · 落下地点は推定</translation>
    </message>
    <message>
        <source>class not stated</source>
        <translation>種別不明</translation>
    </message>
    <message>
        <source>marker size: number of launches</source>
        <translation>記号の大きさ: 発射回数</translation>
    </message>
    <message>
        <source>site known only roughly (estimate)</source>
        <translation>おおよその地点（推定）</translation>
    </message>
    <message>
        <source>splashdown, approx. (sector: uncertainty)</source>
        <translation>落下地点、推定（扇形: 不確かさ）</translation>
    </message>
    <message>
        <source>range rings of the selected launch</source>
        <translation>選択した発射の射程円</translation>
    </message>
    <message>
        <source>Japan zone: approximate, not the legal EEZ</source>
        <translation>日本の水域: 概略であり法的なEEZではない</translation>
    </message>
    <message>
        <source>ruler: great-circle distance</source>
        <translation>定規: 大圏距離</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>East Sea</source>
        <translation>東海</translation>
    </message>
    <message>
        <source>Sea of Japan</source>
        <translation>日本海</translation>
    </message>
    <message>
        <source>Yellow Sea</source>
        <translation>黄海</translation>
    </message>
    <message>
        <source>West Sea</source>
        <translation>西海</translation>
    </message>
    <message>
        <source>Japan zone</source>
        <translation>日本の水域</translation>
    </message>
    <message>
        <source>approximate, not the legal EEZ</source>
        <translation>概略、法的なEEZではない</translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message>
        <source>Map of launch sites</source>
        <translation>発射地点の地図</translation>
    </message>
    <message>
        <source>Launch sites and approximate splashdown arcs. Wheel or +/- to zoom, drag or arrows to pan, click a site to select its launch, Shift+drag to measure.</source>
        <translation>発射地点と推定落下弧。ホイールか +/- で拡大縮小、ドラッグか矢印キーで移動、地点をクリックで発射を選択、Shift+ドラッグで距離を測ります。</translation>
    </message>
    <message>
        <source>Fit launches</source>
        <translation>発射に合わせる</translation>
    </message>
    <message>
        <source>Show every launch in the date window (F)</source>
        <translation>日付範囲内のすべての発射を表示 (F)</translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation>定規</translation>
    </message>
    <message>
        <source>Drag to measure great-circle distance and bearing (or Shift+drag); Esc clears</source>
        <translation>ドラッグで大圏距離と方位を測定（または Shift+ドラッグ）。Esc で消去</translation>
    </message>
    <message>
        <source>Japan zone</source>
        <translation>日本の水域</translation>
    </message>
    <message>
        <source>An approximate Japanese 200-nautical-mile zone: not the legal EEZ</source>
        <translation>日本の200海里水域の概略: 法的な EEZ ではありません</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n launch(es)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: 発射 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>class not stated</source>
        <translation>分類の記載なし</translation>
    </message>
    <message>
        <source>distance not stated</source>
        <translation>距離の記載なし</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %n source(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · 出典 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>地点: %1</translation>
    </message>
    <message>
        <source>Splashdown (approx.): %1, %2 km ± bearing %3°–%4°; %5</source>
        <translation>落下地点（推定）: %1、%2 km ± 方位 %3°–%4°; %5</translation>
    </message>
    <message>
        <source>at sea</source>
        <translation>海上</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::PlaceNames</name>
    <message>
        <source>CHINA</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>NORTH KOREA</source>
        <translation>北朝鮮</translation>
    </message>
    <message>
        <source>SOUTH KOREA</source>
        <translation>韓国</translation>
    </message>
    <message>
        <source>JAPAN</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>RUSSIA</source>
        <translation>ロシア</translation>
    </message>
    <message>
        <source>MONGOLIA</source>
        <translation>モンゴル</translation>
    </message>
    <message>
        <source>TAIWAN</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>PHILIPPINES</source>
        <translation>フィリピン</translation>
    </message>
    <message>
        <source>GUAM (US)</source>
        <translation>グアム（米国）</translation>
    </message>
    <message>
        <source>Pacific Ocean</source>
        <translation>太平洋</translation>
    </message>
    <message>
        <source>Pyongyang</source>
        <translation>平壌</translation>
    </message>
    <message>
        <source>Sunan</source>
        <translation>順安</translation>
    </message>
    <message>
        <source>Pyongyang Sunan International Airport</source>
        <translation>平壌順安国際空港</translation>
    </message>
    <message>
        <source>Ryokpho district</source>
        <translation>力浦区域</translation>
    </message>
    <message>
        <source>Wonsan</source>
        <translation>元山</translation>
    </message>
    <message>
        <source>Wonsan Kalma International Airport</source>
        <translation>元山葛麻国際空港</translation>
    </message>
    <message>
        <source>Taegwan County</source>
        <translation>大館郡</translation>
    </message>
    <message>
        <source>Kanggye</source>
        <translation>江界</translation>
    </message>
    <message>
        <source>Mupyong-ni Arms Plant</source>
        <translation>舞坪里兵器工場</translation>
    </message>
    <message>
        <source>Sohae Satellite Launching Station</source>
        <translation>西海衛星発射場</translation>
    </message>
    <message>
        <source>Sinpo</source>
        <translation>新浦</translation>
    </message>
    <message>
        <source>Sinpo South Shipyard</source>
        <translation>新浦南造船所</translation>
    </message>
    <message>
        <source>Hamhung</source>
        <translation>咸興</translation>
    </message>
    <message>
        <source>Chongjin</source>
        <translation>清津</translation>
    </message>
    <message>
        <source>Kusong</source>
        <translation>亀城</translation>
    </message>
    <message>
        <source>Kusong Testing Ground</source>
        <translation>亀城試験場</translation>
    </message>
    <message>
        <source>Sukchon</source>
        <translation>粛川</translation>
    </message>
    <message>
        <source>Hwangju</source>
        <translation>黄州</translation>
    </message>
    <message>
        <source>Hwangju launch site (airfield)</source>
        <translation>黄州発射場（飛行場）</translation>
    </message>
    <message>
        <source>Jangyon</source>
        <translation>長淵</translation>
    </message>
    <message>
        <source>Nampo</source>
        <translation>南浦</translation>
    </message>
    <message>
        <source>Sinuiju</source>
        <translation>新義州</translation>
    </message>
    <message>
        <source>Kaechon</source>
        <translation>价川</translation>
    </message>
    <message>
        <source>Kaechon Airbase</source>
        <translation>价川空軍基地</translation>
    </message>
    <message>
        <source>Kimchaek</source>
        <translation>金策</translation>
    </message>
    <message>
        <source>Taechon</source>
        <translation>泰川</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>ソウル</translation>
    </message>
    <message>
        <source>Busan</source>
        <translation>釜山</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>東京</translation>
    </message>
    <message>
        <source>Sapporo</source>
        <translation>札幌</translation>
    </message>
    <message>
        <source>Naha</source>
        <translation>那覇</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>グアム</translation>
    </message>
    <message>
        <source>Andersen Air Force Base</source>
        <translation>アンダーセン空軍基地</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Vladivostok</source>
        <translation>ウラジオストク</translation>
    </message>
    <message>
        <source>%1 (±%2 km)</source>
        <translation>%1（±%2 km）</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韓国</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>北朝鮮</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>米国</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>ロシア</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>ドイツ</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>France</source>
        <translation>フランス</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>イタリア</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>カナダ</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>オーストラリア</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>ニュージーランド</translation>
    </message>
    <message>
        <source>India</source>
        <translation>インド</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>フィリピン</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>モンゴル</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>ベトナム</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>シンガポール</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>インドネシア</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>ウクライナ</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>イラン</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>ポーランド</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>オランダ</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>スペイン</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>スウェーデン</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>欧州連合</translation>
    </message>
    <message>
        <source>NATO</source>
        <translation>NATO</translation>
    </message>
    <message>
        <source>United Nations</source>
        <translation>国連</translation>
    </message>
    <message>
        <source>G7</source>
        <translation>G7</translation>
    </message>
    <message>
        <source>Kangwŏn-do</source>
        <translation>江原道</translation>
    </message>
    <message>
        <source>Hwanghae-bukto</source>
        <translation>黄海北道</translation>
    </message>
    <message>
        <source>Hamgyŏng-bukto</source>
        <translation>咸鏡北道</translation>
    </message>
    <message>
        <source>Rasŏn</source>
        <translation>羅先特別市</translation>
    </message>
    <message>
        <source>Ryanggang</source>
        <translation>両江道</translation>
    </message>
    <message>
        <source>Chagang-do</source>
        <translation>慈江道</translation>
    </message>
    <message>
        <source>P&apos;yŏngan-bukto</source>
        <translation>平安北道</translation>
    </message>
    <message>
        <source>P&apos;yŏngan-namdo</source>
        <translation>平安南道</translation>
    </message>
    <message>
        <source>Hwanghae-namdo</source>
        <translation>黄海南道</translation>
    </message>
    <message>
        <source>Hamgyŏng-namdo</source>
        <translation>咸鏡南道</translation>
    </message>
    <message>
        <source>P&apos;yŏngyang</source>
        <translation>平壌直轄市</translation>
    </message>
</context>
<context>
    <name>atlas::PlaybackBar</name>
    <message>
        <source>1 week/s</source>
        <translation>1週/秒</translation>
    </message>
    <message>
        <source>1 month/s</source>
        <translation>1か月/秒</translation>
    </message>
    <message>
        <source>1 quarter/s</source>
        <translation>1四半期/秒</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>1ステップ戻る</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>1ステップ進む</translation>
    </message>
    <message>
        <source>Stop playback and show every launch in view</source>
        <translation>再生を止め、表示範囲のすべての発射を表示します</translation>
    </message>
    <message>
        <source>Stop playback</source>
        <translation>再生を停止</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play through the period: the map shows launches up to the cursor</source>
        <translation>期間を再生します。地図にはカーソル時点までの発射が表示されます</translation>
    </message>
    <message>
        <source>Pause playback</source>
        <translation>再生を一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
</context>
<context>
    <name>atlas::ReactionsPanel</name>
    <message>
        <source>Diplomatic reactions</source>
        <translation>外交反応</translation>
    </message>
    <message>
        <source>Filter by stance</source>
        <translation>立場で絞り込む</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>すべての立場</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>国で絞り込む</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <source>Click a reaction to read it in its article</source>
        <translation>反応をクリックすると元の記事で読めます</translation>
    </message>
    <message>
        <source>about </source>
        <translation>約 </translation>
    </message>
    <message>
        <source>same day</source>
        <translation>同日</translation>
    </message>
    <message>
        <source>about the same day</source>
        <translation>ほぼ同日</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1日</translation>
    </message>
    <message>
        <source>+%1 days</source>
        <translation>+%1日</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1日前</translation>
    </message>
    <message>
        <source>%1 days before</source>
        <translation>%1日前</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1、%2：%3</translation>
    </message>
    <message>
        <source>About the launch of %1</source>
        <translation>%1 の発射について</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s) to the launch of %1</source>
        <translation>
            <numerusform>%1 の発射への反応 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s) to launches from %1 to %2</source>
        <translation>
            <numerusform>%1 から %2 までの発射への反応 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s) to all launches; select a launch to see its own</source>
        <translation>
            <numerusform>すべての発射への反応 %n 件。発射を選ぶとその反応だけを表示します</numerusform>
        </translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>%1 報道</translation>
    </message>
    <message>
        <source>launch day</source>
        <translation>発射当日</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>%1 以内</translation>
    </message>
    <message>
        <source>Show only the reactions of one stance</source>
        <translation>一つの立場の反応だけを表示します</translation>
    </message>
    <message>
        <source>Show only the reactions of one country</source>
        <translation>一つの国の反応だけを表示します</translation>
    </message>
    <message>
        <source>Reactions by country</source>
        <translation>国別の反応</translation>
    </message>
</context>
<context>
    <name>atlas::ReactionsRenderer</name>
    <message>
        <source>Unnamed</source>
        <translation>名称なし</translation>
    </message>
    <message>
        <source>Reactions: none reported in these articles</source>
        <translation>反応: これらの記事に報道なし</translation>
    </message>
    <message numerus="yes">
        <source>Reactions: %n statement</source>
        <translation>
            <numerusform>反応: 声明 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactions: %n statements</source>
        <translation>
            <numerusform>反応: 声明 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n country</source>
        <translation>
            <numerusform> · %nか国</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n countries</source>
        <translation>
            <numerusform> · %nか国</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more country</source>
        <translation>
            <numerusform>… ほか %nか国</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more countries</source>
        <translation>
            <numerusform>… ほか %nか国</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::RecentFiles</name>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>最近使ったファイルを消去(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the list of recently opened articles and folders</source>
        <translation>最近開いた記事とフォルダの一覧を消去します</translation>
    </message>
</context>
<context>
    <name>atlas::RevertEditCommand</name>
    <message>
        <source>Revert “%1”</source>
        <translation>「%1」を元に戻す</translation>
    </message>
</context>
<context>
    <name>atlas::SaveCopyAction</name>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>コピーを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Your work is saved as you go; this writes a copy of the library to keep or share</source>
        <translation>作業は随時保存されます。これは保管・共有用にライブラリのコピーを書き出します</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>開いているライブラリがありません。</translation>
    </message>
    <message>
        <source>That is the open library itself; choose another name for the copy.</source>
        <translation>開いているライブラリそのものです。コピーには別の名前を選んでください。</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-コピー</translation>
    </message>
    <message>
        <source>Save a Copy of the Library</source>
        <translation>ライブラリのコピーを保存</translation>
    </message>
    <message>
        <source>Launch Atlas libraries (*.atlas)</source>
        <translation>Launch Atlas ライブラリ (*.atlas)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>The copy was not written: %1</source>
        <translation>コピーを書き出せませんでした: %1</translation>
    </message>
    <message>
        <source>Saved a copy of the library as %1</source>
        <translation>ライブラリのコピーを %1 として保存しました</translation>
    </message>
</context>
<context>
    <name>atlas::StanceLegend</name>
    <message>
        <source>Stance legend</source>
        <translation>立場の凡例</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineCanvas</name>
    <message>
        <source>Salvo: %1 missiles</source>
        <translation>一斉発射: ミサイル %1 発</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Sources disagree&lt;/span&gt; (see details)</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;情報源が食い違う&lt;/span&gt;（詳細を参照）</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt; (from context; the articles give no date)</source>
        <translation>&lt;i&gt;%1&lt;/i&gt;（文脈からの推定。記事に日付なし）</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineView</name>
    <message>
        <source>Timeline of launches</source>
        <translation>発射のタイムライン</translation>
    </message>
    <message>
        <source>Launches in time by kind. Left and Right move between launches, Enter opens the details, plus and minus zoom.</source>
        <translation>種類別に時系列で並んだ発射。左右キーで発射間を移動、Enter で詳細、プラス・マイナスで拡大・縮小します。</translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation>表示する年</translation>
    </message>
    <message>
        <source>The year to show, or all years</source>
        <translation>表示する年、またはすべての年</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Show the whole year</source>
        <translation>一年全体を表示</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Zoom to a month</source>
        <translation>1か月に拡大</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Zoom to a week</source>
        <translation>1週間に拡大</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Zoom to a day</source>
        <translation>1日に拡大</translation>
    </message>
    <message>
        <source>wheel: zoom · drag: pan</source>
        <translation>ホイール: 拡大縮小 · ドラッグ: 移動</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>すべての年</translation>
    </message>
    <message>
        <source>Showing %1 to %2.</source>
        <translation>%1 から %2 まで表示中。</translation>
    </message>
    <message>
        <source>Selected: %1. </source>
        <translation>選択: %1。</translation>
    </message>
</context>
<context>
    <name>atlas::UndatedTray</name>
    <message>
        <source>Assign Date…</source>
        <translation>日付を指定…</translation>
    </message>
    <message>
        <source>Undated launches</source>
        <translation>日付不明の発射</translation>
    </message>
    <message>
        <source>Launches reported without a date. Press Enter for details.</source>
        <translation>日付なしで報じられた発射。Enter で詳細を表示します。</translation>
    </message>
    <message>
        <source>Give the selected undated launch a date (kept as your correction, undoable)</source>
        <translation>選択した日付不明の発射に日付を指定します（修正として保存、元に戻せます）</translation>
    </message>
    <message>
        <source>%1 (context, not stated)</source>
        <translation>%1（文脈から、記載なし）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Undated&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;日付不明&lt;/b&gt;（%1）</translation>
    </message>
</context>
<context>
    <name>atlas::VocabularyText</name>
    <message>
        <source>ballistic</source>
        <translation>弾道</translation>
    </message>
    <message>
        <source>hypersonic</source>
        <translation>極超音速</translation>
    </message>
    <message>
        <source>cruise</source>
        <translation>巡航</translation>
    </message>
    <message>
        <source>air-defense</source>
        <translation>防空</translation>
    </message>
    <message>
        <source>Office of National Security</source>
        <translation>国家安保室</translation>
    </message>
    <message>
        <source>National Security Office</source>
        <translation>国家安保室</translation>
    </message>
    <message>
        <source>National Security Council</source>
        <translation>国家安全保障会議</translation>
    </message>
    <message>
        <source>Foreign Office</source>
        <translation>外務省</translation>
    </message>
    <message>
        <source>Foreign Ministry</source>
        <translation>外務省</translation>
    </message>
    <message>
        <source>Ministry of Foreign Affairs</source>
        <translation>外務省</translation>
    </message>
    <message>
        <source>Foreign Affairs Ministry</source>
        <translation>外務省</translation>
    </message>
    <message>
        <source>Defense Ministry</source>
        <translation>国防省</translation>
    </message>
    <message>
        <source>Defence Ministry</source>
        <translation>国防省</translation>
    </message>
    <message>
        <source>Ministry of Defense</source>
        <translation>防衛省</translation>
    </message>
    <message>
        <source>Ministry of Defence</source>
        <translation>国防省</translation>
    </message>
    <message>
        <source>Ministry of National Defense</source>
        <translation>国防部</translation>
    </message>
    <message>
        <source>Unification Ministry</source>
        <translation>統一部</translation>
    </message>
    <message>
        <source>Ministry of Unification</source>
        <translation>統一部</translation>
    </message>
    <message>
        <source>Joint Chiefs of Staff</source>
        <translation>合同参謀本部</translation>
    </message>
    <message>
        <source>JCS</source>
        <translation>合同参謀本部</translation>
    </message>
    <message>
        <source>Presidential Office</source>
        <translation>大統領室</translation>
    </message>
    <message>
        <source>Cabinet Office</source>
        <translation>内閣府</translation>
    </message>
    <message>
        <source>Prime Minister&apos;s Office</source>
        <translation>首相官邸</translation>
    </message>
    <message>
        <source>Prime Minister’s Office</source>
        <translation>首相官邸</translation>
    </message>
    <message>
        <source>Defense Intelligence Agency</source>
        <translation>国防情報局</translation>
    </message>
    <message>
        <source>National Intelligence Service</source>
        <translation>国家情報院</translation>
    </message>
    <message>
        <source>Self-Defense Forces</source>
        <translation>自衛隊</translation>
    </message>
    <message>
        <source>Coast Guard</source>
        <translation>沿岸警備隊</translation>
    </message>
    <message>
        <source>government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>military</source>
        <translation>軍</translation>
    </message>
    <message>
        <source>embassy</source>
        <translation>大使館</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>代表部</translation>
    </message>
    <message>
        <source>Chief Cabinet Secretary</source>
        <translation>官房長官</translation>
    </message>
    <message>
        <source>Acting President</source>
        <translation>大統領権限代行</translation>
    </message>
    <message>
        <source>President-elect</source>
        <translation>次期大統領</translation>
    </message>
    <message>
        <source>Vice President</source>
        <translation>副大統領</translation>
    </message>
    <message>
        <source>President</source>
        <translation>大統領</translation>
    </message>
    <message>
        <source>Prime Minister</source>
        <translation>首相</translation>
    </message>
    <message>
        <source>Deputy Prime Minister</source>
        <translation>副首相</translation>
    </message>
    <message>
        <source>Secretary of State</source>
        <translation>国務長官</translation>
    </message>
    <message>
        <source>Deputy Secretary of State</source>
        <translation>国務副長官</translation>
    </message>
    <message>
        <source>Secretary of Defense</source>
        <translation>国防長官</translation>
    </message>
    <message>
        <source>Defense Secretary</source>
        <translation>国防長官</translation>
    </message>
    <message>
        <source>Defence Secretary</source>
        <translation>国防相</translation>
    </message>
    <message>
        <source>Foreign Secretary</source>
        <translation>外相</translation>
    </message>
    <message>
        <source>Secretary-General</source>
        <translation>事務総長</translation>
    </message>
    <message>
        <source>Secretary General</source>
        <translation>事務総長</translation>
    </message>
    <message>
        <source>National Security Adviser</source>
        <translation>国家安全保障担当補佐官</translation>
    </message>
    <message>
        <source>National Security Advisor</source>
        <translation>国家安全保障担当補佐官</translation>
    </message>
    <message>
        <source>Foreign Minister</source>
        <translation>外相</translation>
    </message>
    <message>
        <source>Vice Foreign Minister</source>
        <translation>外務次官</translation>
    </message>
    <message>
        <source>Defense Minister</source>
        <translation>防衛相</translation>
    </message>
    <message>
        <source>Defence Minister</source>
        <translation>国防相</translation>
    </message>
    <message>
        <source>Vice Defense Minister</source>
        <translation>防衛副大臣</translation>
    </message>
    <message>
        <source>Vice Defence Minister</source>
        <translation>国防次官</translation>
    </message>
    <message>
        <source>Unification Minister</source>
        <translation>統一相</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>大臣</translation>
    </message>
    <message>
        <source>Chancellor</source>
        <translation>首相</translation>
    </message>
    <message>
        <source>Premier</source>
        <translation>首相</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>大使</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>特使</translation>
    </message>
    <message>
        <source>Special Envoy</source>
        <translation>特使</translation>
    </message>
    <message>
        <source>Spokesperson</source>
        <translation>報道官</translation>
    </message>
    <message>
        <source>Spokesman</source>
        <translation>報道官</translation>
    </message>
    <message>
        <source>Spokeswoman</source>
        <translation>報道官</translation>
    </message>
    <message>
        <source>High Representative</source>
        <translation>上級代表</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>長官</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>指導者</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>指導者</translation>
    </message>
    <message>
        <source>spokesperson</source>
        <translation>報道官</translation>
    </message>
    <message>
        <source>spokesman</source>
        <translation>報道官</translation>
    </message>
    <message>
        <source>spokeswoman</source>
        <translation>報道官</translation>
    </message>
</context>
</TS>
