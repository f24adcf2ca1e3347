# mplan's messages in Arabic. Keys missing here are said in English (messages/en.ftl).
# Format and rules: docs/messages.md. After editing, run scripts/embed-messages.
# Arabic plural categories: zero (0), one (1), two (2), few (3–10, 103–110), many (11–99,
# 111–199), other (100–102, 200, and numbers with decimals). Numbers stay as mplan prints them.

## Lists and counts

list-pair = {$first}، {$second}
# 1 and 2 are said by the noun's own forms (خطأ واحد، خطآن); 3–10 take the plural, 11–99 the
# singular with tanwin, 100 and up the singular.
count-errors = {$count ->
    [one] خطأ واحد
    [two] خطآن
    [few] {$count} أخطاء
    [many] {$count} خطأً
   *[other] {$count} خطأ
}
count-warnings = {$count ->
    [one] تحذير واحد
    [two] تحذيران
    [few] {$count} تحذيرات
    [many] {$count} تحذيرًا
   *[other] {$count} تحذير
}
count-suggestions = {$count ->
    [one] اقتراح واحد
    [two] اقتراحان
    [few] {$count} اقتراحات
    [many] {$count} اقتراحًا
   *[other] {$count} اقتراح
}
