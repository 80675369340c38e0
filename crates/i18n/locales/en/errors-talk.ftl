# Pools in English: errors of discussions, notifications, webhooks and calendars.
# Every key here is in the other languages too.

## Discussions and comments

error-talk-title-needed = give the discussion a title of 1 to 120 characters
error-talk-hide-reason = say why the comment is hidden: the reason stays in the minutes
error-talk-write-something = write something before posting
error-talk-discussion-vanished = the discussion just started vanished
error-talk-comment-vanished = the comment just posted vanished
error-talk-no-discussion = there is no discussion with id "{ $id }"
error-talk-no-comment = there is no comment with id "{ $id }"
error-talk-no-thread = there is no decision or discussion with id "{ $id }"
error-talk-flood-members-only = only active members of the Flood's member pools can write here
error-talk-members-only = only active members of the pool can write here: join it first

## Notification choices and unsubscribing

# $choices is a list of identifiers, said with error-talk-or.
error-talk-choose-kind = choose one of { $choices }, not "{ $given }"
# $kind names a kind of notification, as its settings page does.
error-talk-choose-delivery = for "{ $kind }", choose { $choices }, not "{ $given }"
# Identifiers to choose from: $rest is all but the last, joined by commas.
# $o is "u" when $last begins with an o sound (for Spanish), else "o".
error-talk-or = { $rest } or { $last }
error-talk-bad-unsubscribe = this unsubscribe link is not valid: use the link from a message, or change your choices on the pool's notifications page

## Webhooks

error-talk-hooks-organizers-only = only the pool's organizers can see and change its webhooks
error-talk-hook-events = choose at least one thing for this endpoint to hear of
error-talk-hooks-full = a pool can have { $n ->
    [one] 1 webhook
   *[other] { $n } webhooks
}: remove one first
error-talk-no-webhook = there is no such webhook, or it was removed

## Calendars

error-talk-bad-calendar-link = this calendar link is not valid: it was replaced or turned off. Get the current one on your calendar page.
