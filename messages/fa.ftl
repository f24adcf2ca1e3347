# mplan's messages in Persian. Keys missing here are said in English (messages/en.ftl).
# Format and rules: docs/messages.md. After editing, run scripts/embed-messages.
# Persian plural categories: one (0, 1, and 0.5) and other. A noun after a number stays
# singular (3 خطا), so most counts need no selector.

## Lists and counts

list-pair = {$first}، {$second}
count-errors = {$count} خطا
count-warnings = {$count} هشدار
count-suggestions = {$count} پیشنهاد
