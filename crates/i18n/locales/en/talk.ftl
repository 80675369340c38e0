# Pools in English: Discussions, invitations, notifications, webhooks, accounts and the error page.
# Every key here is in the other languages too.

## A pool's discussions

discussion-list-title = Discussions in { $pool }
discussion-list-lead = Talk things over before anyone puts a question to a vote. Every comment is kept in the pool's minutes.
discussion-list-none = No discussions yet.
discussion-list-caption = Discussions, most recent first
discussion-col-discussion = Discussion
discussion-col-started-by = Started by
discussion-col-comments = Comments
discussion-col-last = Last written in
discussion-start-heading = Start a discussion
discussion-field-title = What is it about?
discussion-field-body = Say more (optional; Markdown and @mentions work)
discussion-start-button = Start the discussion
discussion-started = Your discussion is open. Members can reply below it.
discussion-crumb = Discussions
discussion-byline = A discussion without a vote · started by { $name } · { $when }

## A thread of comments, under a decision or a discussion

thread-heading = Discussion ({ $count ->
    [one] 1 comment
   *[other] { $count } comments
  })
thread-none = No comments yet.
thread-hidden = hidden by { $name } { $when }: { $reason }
thread-edit-or-hide = Edit or hide
thread-hide = Hide
thread-their-comment = { $name }'s comment
thread-their-reply = { $name }'s reply
thread-reply = Reply
thread-reply-to = to { $name }
thread-your-reply = Your reply to { $name }
thread-post-reply = Post reply
thread-add-comment = Add a comment
thread-hint-handles = Markdown works: **bold**, *italic*, lists and links. Mention a member with @ and their handle to tell them: { $handles }.
thread-hint-example = Markdown works: **bold**, *italic*, lists and links. Mention a member with @ and their handle to tell them: their name in lower case, words joined by hyphens, like @ana-okafor.
thread-post-comment = Post comment
thread-members-only = Active members of the pool can comment here.

## A comment's own page

comment-posted = Your comment is posted.
comment-edited = edited { $when }
comment-edited-times = edited { $count ->
    [one] once
   *[other] { $count } times
  }, last { $when }
comment-back = Back to the thread
comment-title = A comment by { $name }
comment-hidden = Hidden by { $name } { $when }: { $reason }
comment-edit-heading = Edit your comment
comment-edit-hint = The comment will show as edited, and the minutes keep every version.
comment-field-body = Your comment
comment-save = Save the change
comment-hide-heading = Hide this comment
comment-hide-hint = Its words stop showing here and in the API; the reason shows in their place, and the pool's minutes keep both.
comment-field-reason = Why hide it?
comment-hide-button = Hide the comment
comment-changed = Your comment is changed; it shows as edited.
comment-hidden-now = The comment is hidden. The reason shows in its place.

## An invite link, and a group's invites

invite-heading = You're invited to { $group }
invite-lead = This link holds the place of { $member } in { $group }, imported from the group's Meetup member list.
invite-yours = This place is yours.
invite-go = Go to the group
invite-taken = Someone has already claimed this place. If that is wrong, tell an organizer of the group.
invite-take = This is me: take my place
invite-sign-in = To take your place, { $create } or { $signin }. You will come back here afterwards.
invite-create-account = create an account
invite-sign-in-link = sign in
invite-list-title = Invites for { $group }
invite-list-lead = Each imported member has their own link: whoever opens it and signs in takes that place in the group. Meetup exports have no email addresses, so add the ones you have and Pools sends the invites, or send each link yourself by Meetup message. Treat the links like keys. If one of these places is yours, open your own link: your two memberships become one.
invite-claimed-count = { $claimed } of { $total ->
    [one] 1 imported member has
   *[other] { $total } imported members have
  } claimed their place.
invite-none-imported = Nobody is imported yet: import the group's Meetup export first.
invite-upload-heading = Add addresses from a list
invite-upload-hint = A CSV file with a header line: { $name }, { $url } (the safest way to match, since names repeat) and { $email }. Every row is checked first; if one is wrong, nothing is kept and the problem is named with its line.
invite-field-file = List of addresses (CSV)
invite-upload-button = Add the addresses
invite-members-heading = Members and their invites
invite-send-all = Send invites to the { $count ->
    [one] 1 member
   *[other] { $count } members
  } with an address not yet invited
invite-caption = Imported members, their addresses and invites
invite-col-member = Member
invite-col-email = Email
invite-col-invite = Invite
invite-col-link = Link
invite-email-of = Email address of { $name }
invite-save = Save
invite-save-of = the address of { $name }
invite-send = Send invite
invite-send-again = Send again
invite-send-to = to { $name }
invite-link-for = Invite link for { $name }
invite-status-claimed = Claimed their place
invite-status-opened = Opened their link { $when }
invite-status-invited = Invited { $when }
invite-status-invited-times = Invited { $when } ({ $count } times)
invite-status-not-invited = Not invited yet
invite-status-no-address = No address: send the link yourself, or add one
invite-address-removed = The address is removed.
invite-address-kept = The address is kept. Send the invite when you are ready.
invite-upload-unreadable = the upload could not be read: { $reason }
invite-upload-none = choose a CSV file with Name, URL of Member Profile and Email columns, then press Add
invite-kept = Kept { $added ->
    [one] 1 address
   *[other] { $added } addresses
  }. Nothing is sent until you press Send.
invite-kept-claimed = Kept { $added ->
    [one] 1 address
   *[other] { $added } addresses
  }; { $claimed ->
    [one] 1 member
   *[other] { $claimed } members
  } had claimed their place already. Nothing is sent until you press Send.
invite-sent = { $count ->
    [one] 1 invite is on its way.
   *[other] { $count } invites are on their way.
  }
invite-not-sent = Not sent to { $name }: { $reason }.

## Notification choices and unsubscribing

notifications-title = Notifications from { $pool }
notifications-lead = Choose how you hear of each thing in { $pool }: an email at once, one email a day gathering everything, or nothing. Your vote counts the same whatever you choose.
notifications-back = Back to the pool
notifications-save = Save my choices
notifications-saved = Your notification choices are saved.
notifications-immediately = Email at once
notifications-digest = Daily digest
notifications-off = Off
notifications-decision-opened = A decision opens
notifications-closing-soon = A decision closes in 24 hours and you have not voted
notifications-decision-result = A decision's result
notifications-money-recorded = Money recorded for you
notifications-round-opened = A budgeting round opens
notifications-payout-paid = A payout is paid
notifications-signature-needed = A legal document needs your signature
notifications-round-closing = A budgeting round closes in 24 hours and you have some of your share left
notifications-flood-decision = A Flood decision opens
notifications-mentioned = Someone mentions you in a comment
unsubscribe-stop = Stop these messages
unsubscribe-ask = Stop these messages?
unsubscribe-ask-lead = Stop emails from { $pool } for: “{ $kind }”. Other messages from the pool, and your vote, are not affected.
unsubscribe-done = Messages stopped
unsubscribe-done-lead = You will no longer get emails from { $pool } for: “{ $kind }”. Everything else stays as it was.
unsubscribe-again = Changed your mind? Sign in and choose again on { $page }.
unsubscribe-again-link = the pool's notifications page

## The operator's outbox

outbox-title = Outbox
outbox-lead-delivers = Messages this server has queued, newest first, and what became of each. A message that fails is tried again later, with longer waits each time, and given up after several tries. The command { $command } shows the same.
outbox-lead-no-mail = Messages this server has queued. No mail server is configured (start Pools with { $smtp } and { $from }), so nothing leaves: pass links on by hand if needed. The command { $command } shows the same.
outbox-empty = The outbox is empty.
outbox-to = To { $to }
outbox-queued = queued { $when }
outbox-after-tries = after { $count ->
    [one] 1 try
   *[other] { $count } tries
  }
outbox-status-queued = queued
outbox-status-sending = sending
outbox-status-sent = sent
outbox-status-failed = failed
outbox-status-expired = expired

## A pool's webhooks

webhooks-title = Webhooks of { $pool }
webhooks-lead = Tell your group's chat, or your own system, what happens in the pool. Each delivery is JSON posted to the address you give, signed with the endpoint's secret in the { $header } header ({ $t }the time, { $v1 }HMAC-SHA256 of the time, a dot and the body). A delivery that fails is tried again, waiting longer each time, up to 8 tries.
webhooks-none = No webhooks yet.
webhooks-endpoints = Endpoints
webhooks-hears-of = Hears of: { $events }
webhooks-secret = Signing secret
webhooks-test = Send a test
webhooks-test-to = to { $url }
webhooks-remove = Remove
webhooks-add-heading = Add a webhook
webhooks-field-url = Address
webhooks-url-hint = In Slack: an incoming webhook's address. In Discord: Server settings, Integrations, Webhooks, Copy webhook URL. It must start with https://.
webhooks-format = Format
webhooks-events = What it hears of
webhooks-add-button = Add the webhook
webhooks-log = Deliveries
webhooks-log-none = Nothing delivered yet.
webhooks-log-caption = The latest 50 deliveries, newest first
webhooks-col-queued = Queued
webhooks-col-endpoint = Endpoint
webhooks-col-event = Event
webhooks-col-status = Status
webhooks-col-tries = Tries
webhooks-col-answer = Last answer
webhooks-answered = answered { $status }
webhooks-added = The webhook is added. Its secret is below: give it to the receiver so it can check each delivery's signature.
webhooks-removed = The webhook is removed; nothing more is sent to it.
webhooks-pinged = A test delivery is on its way. The log below shows how it went.
webhooks-format-choose = choose { $first } or { $last }
webhooks-event-unknown = "{ $event }" is not something a webhook hears of
webhooks-format-json = JSON (for your own receiver, or Matrix and other bridges)
webhooks-format-slack = Slack incoming webhook
webhooks-format-discord = Discord webhook
webhooks-event-decision-opened = A decision opens
webhooks-event-decision-closed = A decision closes, with its result
webhooks-event-money-received = Money is recorded
webhooks-event-payout-paid = A payout is paid
webhooks-event-round-opened = A budgeting round opens
webhooks-event-round-closed = A budgeting round closes
webhooks-event-member-joined = Someone joins the pool
webhooks-event-discussion-started = A discussion starts
webhooks-event-comment-posted = A comment is posted
webhooks-event-ping = A test delivery
webhooks-status-queued = queued
webhooks-status-sending = sending
webhooks-status-sent = sent
webhooks-status-failed = failed
webhooks-status-expired = expired

## A forgotten password

forgot-title = Reset your password
forgot-sent = If an account uses that address, we have sent it a link to choose a new password. The link works for one hour.
forgot-lead = Enter your email address and we will send you a link to choose a new password.
forgot-send = Send the link
reset-title = Choose a new password
reset-field = New password
reset-hint = At least 10 characters. Every device you are signed in on will be signed out.
reset-save = Save the new password
reset-done = Your password is changed. Sign in with the new one.

## The error page

error-title-invalid = The request has mistakes
error-title-not-found = Not found
error-title-sign-in = Sign in first
error-title-forbidden = Not allowed
error-title-conflict = That can't be done now
error-title-rate-limited = Too many attempts
error-title-busy = Busy, try again shortly
error-title-bad-request = The request could not be read
error-title-other = Something went wrong
error-csrf = This form expired or came from another site. Go back, reload the page and send it again.
error-sign-in = { $signin } or { $create }.
error-sign-in-link = Sign in
error-create-account = create an account
error-back = Back to the start page
