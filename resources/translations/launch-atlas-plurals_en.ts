<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>atlas::ArticleView</name>
    <message numerus="yes">
        <source>%n highlighted span(s). Click one to select its field and launch.</source>
        <translation>
            <numerusform>%n highlighted span. Click one to select its field and launch.</numerusform>
            <numerusform>%n highlighted spans. Click one to select its field and launch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::BriefingComposer</name>
    <message numerus="yes">
        <source>%n launch reported</source>
        <translation>
            <numerusform>%n launch reported</numerusform>
            <numerusform>%n launch reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n launches reported</source>
        <translation>
            <numerusform>%n launches reported</numerusform>
            <numerusform>%n launches reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article</source>
        <translation>
            <numerusform>in %n article</numerusform>
            <numerusform>in %n article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n articles</source>
        <translation>
            <numerusform>in %n articles</numerusform>
            <numerusform>in %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a date</source>
        <translation>
            <numerusform>%n without a date</numerusform>
            <numerusform>%n without a date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site known only to a county or province is drawn as a disc, not a pin.</source>
        <translation>
            <numerusform>%n site known only to a county or province is drawn as a disc, not a pin.</numerusform>
            <numerusform>%n site known only to a county or province is drawn as a disc, not a pin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sites known only to a county or province are drawn as discs, not pins.</source>
        <translation>
            <numerusform>%n sites known only to a county or province are drawn as discs, not pins.</numerusform>
            <numerusform>%n sites known only to a county or province are drawn as discs, not pins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n article)</source>
        <translation>
            <numerusform>Sources (%n article)</numerusform>
            <numerusform>Sources (%n article)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n articles)</source>
        <translation>
            <numerusform>Sources (%n articles)</numerusform>
            <numerusform>Sources (%n articles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all are listed by File → Export data)</source>
        <translation>
            <numerusform>… and %n more (all are listed by File → Export data)</numerusform>
            <numerusform>… and %n more (all are listed by File → Export data)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::LaunchDetails</name>
    <message numerus="yes">
        <source>&lt;p&gt;%1 · %n source(s)%2&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 · %n source%2&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%1 · %n sources%2&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n source(s))</source>
        <translation>
            <numerusform>%1 (%n source)</numerusform>
            <numerusform>%1 (%n sources)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) skipped: %1</source>
        <translation>
            <numerusform>%n file skipped: %1</numerusform>
            <numerusform>%n files skipped: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n path(s)…</source>
        <translation>
            <numerusform>Reading %n path…</numerusform>
            <numerusform>Reading %n paths…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::MapRenderer</name>
    <message numerus="yes">
        <source>Launches %1 · %n shown</source>
        <translation>
            <numerusform>Launches %1 · %n shown</numerusform>
            <numerusform>Launches %1 · %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n undated, always shown)</source>
        <translation>
            <numerusform> (%n undated, always shown)</numerusform>
            <numerusform> (%n undated, always shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n launch(es)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n launch</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n launches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %n source(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %n source</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ReactionsPanel</name>
    <message numerus="yes">
        <source>%n reaction(s) to the launch of %1</source>
        <translation>
            <numerusform>%n reaction to the launch of %1</numerusform>
            <numerusform>%n reactions to the launch of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s) to launches from %1 to %2</source>
        <translation>
            <numerusform>%n reaction to launches from %1 to %2</numerusform>
            <numerusform>%n reactions to launches from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s) to all launches; select a launch to see its own</source>
        <translation>
            <numerusform>%n reaction to all launches; select a launch to see its own</numerusform>
            <numerusform>%n reactions to all launches; select a launch to see its own</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ReactionsRenderer</name>
    <message numerus="yes">
        <source>Reactions: %n statement</source>
        <translation>
            <numerusform>Reactions: %n statement</numerusform>
            <numerusform>Reactions: %n statement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactions: %n statements</source>
        <translation>
            <numerusform>Reactions: %n statements</numerusform>
            <numerusform>Reactions: %n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n country</source>
        <translation>
            <numerusform> from %n country</numerusform>
            <numerusform> from %n country</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n countries</source>
        <translation>
            <numerusform> from %n countries</numerusform>
            <numerusform> from %n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more country</source>
        <translation>
            <numerusform>… and %n more country</numerusform>
            <numerusform>… and %n more country</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more countries</source>
        <translation>
            <numerusform>… and %n more countries</numerusform>
            <numerusform>… and %n more countries</numerusform>
        </translation>
    </message>
</context>
</TS>
