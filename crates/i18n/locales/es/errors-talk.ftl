# Pools in Spanish: errors of discussions, notifications, webhooks and calendars.
# Every key here is in the other languages too.

## Conversaciones y comentarios

error-talk-title-needed = ponga a la conversación un título de 1 a 120 caracteres
error-talk-hide-reason = diga por qué se oculta el comentario: la razón queda en las actas
error-talk-write-something = escriba algo antes de publicar
error-talk-discussion-vanished = la conversación recién iniciada desapareció
error-talk-comment-vanished = el comentario recién publicado desapareció
error-talk-no-discussion = no hay ninguna conversación con el identificador «{ $id }»
error-talk-no-comment = no hay ningún comentario con el identificador «{ $id }»
error-talk-no-thread = no hay ninguna decisión ni conversación con el identificador «{ $id }»
error-talk-flood-members-only = solo los miembros activos de los fondos miembros del Flood pueden escribir aquí
error-talk-members-only = solo los miembros activos del fondo pueden escribir aquí: únase primero

## Las preferencias de notificación y la baja

error-talk-choose-kind = elija uno de estos valores: { $choices }, no «{ $given }»
error-talk-choose-delivery = para «{ $kind }», elija { $choices }, no «{ $given }»
error-talk-or = { $rest } { $o ->
    [u] u
   *[o] o
} { $last }
error-talk-bad-unsubscribe = este enlace para darse de baja no es válido: use el enlace de un mensaje, o cambie sus preferencias en la página de notificaciones del fondo

## Los webhooks

error-talk-hooks-organizers-only = solo quienes organizan el fondo pueden ver y cambiar sus webhooks
error-talk-hook-events = elija al menos una cosa de la que este destino reciba aviso
error-talk-hooks-full = un fondo puede tener { $n ->
    [one] un solo webhook
   *[other] { $n } webhooks
}: quite uno primero
error-talk-no-webhook = ese webhook no existe, o fue quitado

## Los calendarios

error-talk-bad-calendar-link = este enlace de calendario no es válido: fue reemplazado o desactivado. Obtenga el actual en su página de calendario.
