<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of the launch of %2: %3 (read from “%4”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: “%2”</source>
        <translation type="unfinished" />
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
        <translation><numerusform>強調箇所 %n 件。クリックするとその項目と発射を選択します。</numerusform></translation>
    </message>
    <message>
        <source>Choose an article above.</source>
        <translation>上で記事を選んでください。</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the launch</source>
        <translation>発射日</translation>
    </message>
    <message>
        <source>The articles say it was a %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The articles give the day (%1) but not the year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From context (not stated): %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign Date</source>
        <translation>日付を指定</translation>
    </message>
    <message>
        <source>%1 is a %2; the articles say %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The articles give %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before the inferred range: fine if you know better.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the inferred range: fine if you know better.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>atlas::EditController</name>
    <message>
        <source>There is no active edit %1.</source>
        <translation type="unfinished" />
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
        <translation><numerusform>%n 件一致</numerusform></translation>
    </message>
</context>
<context>
    <name>atlas::FirstRunHint</name>
    <message>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Launch Atlas&lt;/b&gt;&lt;ol style='margin-left:-20px'&gt;&lt;li&gt;&lt;b&gt;Select a launch&lt;/b&gt; on the timeline or the map: its reactions and sources follow.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Play the year&lt;/b&gt; on the timeline to watch the launches unfold.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export a briefing&lt;/b&gt; (File → Export…) for slides or print.&lt;/li&gt;&lt;/ol&gt;Find anything with Ctrl+F. Tab moves between the panes.</source>
        <translation>&lt;b&gt;Launch Atlas へようこそ&lt;/b&gt;&lt;ol style='margin-left:-20px'&gt;&lt;li&gt;タイムラインか地図で&lt;b&gt;発射を選択&lt;/b&gt;すると、反応と出典が連動します。&lt;/li&gt;&lt;li&gt;タイムラインで&lt;b&gt;一年を再生&lt;/b&gt;し、発射の推移を見てみましょう。&lt;/li&gt;&lt;li&gt;スライドや印刷用に&lt;b&gt;ブリーフィングを書き出せます&lt;/b&gt;（ファイル → エクスポート…）。&lt;/li&gt;&lt;/ol&gt;Ctrl+F で何でも検索できます。Tab キーでペイン間を移動します。</translation>
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
        <translation><numerusform>%n 件のファイルをスキップ: %1</numerusform></translation>
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
        <translation type="unfinished" />
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
        <translation><numerusform>%n 個のパスを読み込み中…</numerusform></translation>
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
        <source>About Launch Atlas</source>
        <translation>Launch Atlas について</translation>
    </message>
    <message>
        <source># Launch Atlas %1

North Korea's missile launches from the news: a timeline, a map and the diplomatic reactions, every fact traced to its sentence.

</source>
        <translation># Launch Atlas %1

ニュースから読む北朝鮮のミサイル発射：タイムライン、地図、外交反応。すべての事実は出典の文までたどれます。

</translation>
    </message>
    <message>
        <source># Missile classes

</source>
        <translation># ミサイルの分類

</translation>
    </message>
    <message>
        <source> (range about %1–%2 km)</source>
        <translation>（射程 約 %1–%2 km）</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
</context>
<context>
    <name>atlas::MapDecorations</name>
    <message>
        <source>Basemap: Natural Earth (public domain) · Lambert conformal conic 30°/45° N · splashdown points are estimates</source>
        <translation>基図: Natural Earth（パブリックドメイン）· ランベルト正角円錐図法 30°/45° N · 落下地点は推定</translation>
    </message>
    <message>
        <source>class not stated</source>
        <translation>分類の記載なし</translation>
    </message>
    <message>
        <source>marker size: number of launches</source>
        <translation>マーカーの大きさ: 発射回数</translation>
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
        <source>land target, approx.</source>
        <translation>地上目標、推定</translation>
    </message>
    <message>
        <source>range rings of the selected launch</source>
        <translation>選択した発射の射程円</translation>
    </message>
    <message>
        <source>Japan zone: approximate, not the legal EEZ</source>
        <translation>日本の水域: 概略であり法的な EEZ ではありません</translation>
    </message>
    <message>
        <source>ruler: great-circle distance</source>
        <translation>定規: 大圏距離</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
</context>
<context>
    <name>atlas::MapRenderer</name>
    <message>
        <source>%1, bearing %2° (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all dates</source>
        <translation>すべての日付</translation>
    </message>
    <message numerus="yes">
        <source>Launches %1 · %n shown</source>
        <translation><numerusform>発射 %1 · %n 件表示</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> (%n undated, always shown)</source>
        <translation><numerusform>（日付不明 %n 件、常に表示）</numerusform></translation>
    </message>
    <message>
        <source>%1 (reported)</source>
        <translation>%1（報道）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>land target, approx.</source>
        <translation>地上目標、推定</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>推定</translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message>
        <source>Map of launch sites</source>
        <translation>発射地点の地図</translation>
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished" />
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
        <translation><numerusform>%1 の発射への反応 %n 件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s) to launches from %1 to %2</source>
        <translation><numerusform>%1 から %2 までの発射への反応 %n 件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s) to all launches; select a launch to see its own</source>
        <translation><numerusform>すべての発射への反応 %n 件。発射を選ぶとその反応だけを表示します</numerusform></translation>
    </message>
</context>
<context>
    <name>atlas::RecentFiles</name>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>最近使ったファイルを消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>atlas::RevertEditCommand</name>
    <message>
        <source>Revert “%1”</source>
        <translation type="unfinished" />
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
        <source>&lt;span style='color:#c62828'&gt;Sources disagree&lt;/span&gt; (see details)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt; (from context; the articles give no date)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Undated&lt;/b&gt; (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
