# Pools in Spanish: Discussions, invitations, notifications, webhooks, accounts and the error page.
# Every key here is in the other languages too.

## Las conversaciones de un fondo

discussion-list-title = Conversaciones en { $pool }
discussion-list-lead = Hablen las cosas antes de que alguien someta una cuestión a votación. Cada comentario se guarda en las actas del fondo.
discussion-list-none = Todavía no hay conversaciones.
discussion-list-caption = Conversaciones, las más recientes primero
discussion-col-discussion = Conversación
discussion-col-started-by = Iniciada por
discussion-col-comments = Comentarios
discussion-col-last = Último mensaje
discussion-start-heading = Iniciar una conversación
discussion-field-title = ¿De qué se trata?
discussion-field-body = Cuente más (opcional; funcionan el Markdown y las @menciones)
discussion-start-button = Iniciar la conversación
discussion-started = Su conversación está abierta. Los miembros pueden responder debajo.
discussion-crumb = Conversaciones
discussion-byline = Una conversación sin votación · iniciada por { $name } · { $when }

## Un hilo de comentarios, bajo una decisión o una conversación

thread-heading = Conversación ({ $count ->
    [one] 1 comentario
   *[other] { $count } comentarios
  })
thread-none = Todavía no hay comentarios.
thread-hidden = ocultado por { $name } el { $when }: { $reason }
thread-edit-or-hide = Editar u ocultar
thread-hide = Ocultar
thread-their-comment = el comentario de { $name }
thread-their-reply = la respuesta de { $name }
thread-reply = Responder
thread-reply-to = a { $name }
thread-your-reply = Su respuesta a { $name }
thread-post-reply = Publicar la respuesta
thread-add-comment = Añadir un comentario
thread-hint-handles = Funciona el Markdown: **negrita**, *cursiva*, listas y enlaces. Mencione a un miembro con @ y su identificador para avisarle: { $handles }.
thread-hint-example = Funciona el Markdown: **negrita**, *cursiva*, listas y enlaces. Mencione a un miembro con @ y su identificador para avisarle: su nombre en minúsculas, con las palabras unidas por guiones, como @ana-okafor.
thread-post-comment = Publicar el comentario
thread-members-only = Los miembros activos del fondo pueden comentar aquí.

## La página de un comentario

comment-posted = Su comentario está publicado.
comment-edited = editado el { $when }
comment-edited-times = editado { $count ->
    [one] una vez
   *[other] { $count } veces
  }, la última el { $when }
comment-back = Volver al hilo
comment-title = Un comentario de { $name }
comment-hidden = Ocultado por { $name } el { $when }: { $reason }
comment-edit-heading = Editar su comentario
comment-edit-hint = El comentario aparecerá como editado, y las actas guardan cada versión.
comment-field-body = Su comentario
comment-save = Guardar el cambio
comment-hide-heading = Ocultar este comentario
comment-hide-hint = Su texto deja de mostrarse aquí y en la API; la razón aparece en su lugar, y las actas del fondo guardan ambos.
comment-field-reason = ¿Por qué ocultarlo?
comment-hide-button = Ocultar el comentario
comment-changed = Su comentario está cambiado; aparece como editado.
comment-hidden-now = El comentario está oculto. La razón aparece en su lugar.

## Un enlace de invitación, y las invitaciones de un grupo

invite-heading = Está invitado a { $group }
invite-lead = Este enlace guarda el lugar de { $member } en { $group }, importado de la lista de miembros de Meetup del grupo.
invite-yours = Este lugar es suyo.
invite-go = Ir al grupo
invite-taken = Alguien ya ocupó este lugar. Si es un error, avise a quien organiza el grupo.
invite-take = Soy yo: ocupar mi lugar
invite-sign-in = Para ocupar su lugar, { $create } o { $signin }. Después volverá aquí.
invite-create-account = cree una cuenta
invite-sign-in-link = inicie sesión
invite-list-title = Invitaciones para { $group }
invite-list-lead = Cada miembro importado tiene su propio enlace: quien lo abre e inicia sesión ocupa ese lugar en el grupo. Las exportaciones de Meetup no traen direcciones de correo, así que añada las que tenga y Pools enviará las invitaciones, o envíe usted cada enlace por mensaje de Meetup. Trate los enlaces como llaves. Si uno de estos lugares es suyo, abra su propio enlace: sus dos membresías se convierten en una.
invite-claimed-count = { $claimed } de { $total ->
    [one] 1 miembro importado
   *[other] { $total } miembros importados
  } { $claimed ->
    [one] ha ocupado su lugar.
   *[other] han ocupado su lugar.
  }
invite-none-imported = Todavía no hay nadie importado: importe primero la exportación de Meetup del grupo.
invite-upload-heading = Añadir direcciones desde una lista
invite-upload-hint = Un archivo CSV con una línea de encabezado: { $name }, { $url } (la forma más segura de identificar a cada uno, ya que los nombres se repiten) y { $email }. Primero se comprueba cada fila; si una está mal, no se guarda nada y se indica el problema con su línea.
invite-field-file = Lista de direcciones (CSV)
invite-upload-button = Añadir las direcciones
invite-members-heading = Los miembros y sus invitaciones
invite-send-all = { $count ->
    [one] Enviar la invitación al miembro con dirección aún no invitado
   *[other] Enviar invitaciones a los { $count } miembros con dirección aún no invitados
  }
invite-caption = Miembros importados, sus direcciones e invitaciones
invite-col-member = Miembro
invite-col-email = Correo electrónico
invite-col-invite = Invitación
invite-col-link = Enlace
invite-email-of = Correo electrónico de { $name }
invite-save = Guardar
invite-save-of = la dirección de { $name }
invite-send = Enviar la invitación
invite-send-again = Enviar de nuevo
invite-send-to = a { $name }
invite-link-for = Enlace de invitación de { $name }
invite-status-claimed = Ocupó su lugar
invite-status-opened = Abrió su enlace el { $when }
invite-status-invited = Invitado el { $when }
invite-status-invited-times = Invitado el { $when } ({ $count } veces)
invite-status-not-invited = Aún no invitado
invite-status-no-address = Sin dirección: envíe usted el enlace, o añada una
invite-address-removed = La dirección está eliminada.
invite-address-kept = La dirección está guardada. Envíe la invitación cuando esté listo.
invite-upload-unreadable = no se pudo leer el archivo enviado: { $reason }
invite-upload-none = elija un archivo CSV con las columnas Name, URL of Member Profile y Email, y pulse Añadir
invite-kept = { $added ->
    [one] 1 dirección guardada
   *[other] { $added } direcciones guardadas
  }. No se envía nada hasta que pulse Enviar.
invite-kept-claimed = { $added ->
    [one] 1 dirección guardada
   *[other] { $added } direcciones guardadas
  }; { $claimed ->
    [one] 1 miembro ya había ocupado su lugar
   *[other] { $claimed } miembros ya habían ocupado su lugar
  }. No se envía nada hasta que pulse Enviar.
invite-sent = { $count ->
    [one] 1 invitación está en camino.
   *[other] { $count } invitaciones están en camino.
  }
invite-not-sent = No se envió a { $name }: { $reason }.

## Las preferencias de notificación y la baja

notifications-title = Notificaciones de { $pool }
notifications-lead = Elija cómo se entera de cada cosa en { $pool }: un correo al momento, un solo correo al día que lo reúne todo, o nada. Su voto cuenta igual elija lo que elija.
notifications-back = Volver al fondo
notifications-save = Guardar mis preferencias
notifications-saved = Sus preferencias de notificación están guardadas.
notifications-immediately = Correo al momento
notifications-digest = Resumen diario
notifications-off = Desactivado
notifications-decision-opened = Se abre una decisión
notifications-closing-soon = Una decisión cierra en 24 horas y usted no ha votado
notifications-decision-result = El resultado de una decisión
notifications-money-recorded = Dinero registrado a su nombre
notifications-round-opened = Se abre un presupuesto participativo
notifications-payout-paid = Se realiza un pago
notifications-signature-needed = Un documento jurídico necesita su firma
notifications-round-closing = Un presupuesto participativo cierra en 24 horas y le queda parte de su cuota por repartir
notifications-flood-decision = Se abre una decisión de un Flood
notifications-mentioned = Alguien le menciona en un comentario
unsubscribe-stop = Dejar de recibir estos mensajes
unsubscribe-ask = ¿Dejar de recibir estos mensajes?
unsubscribe-ask-lead = Dejar de recibir correos de { $pool } sobre: «{ $kind }». Los demás mensajes del fondo, y su voto, no cambian.
unsubscribe-done = Mensajes detenidos
unsubscribe-done-lead = Ya no recibirá correos de { $pool } sobre: «{ $kind }». Todo lo demás sigue igual.
unsubscribe-again = ¿Cambió de opinión? Inicie sesión y vuelva a elegir en { $page }.
unsubscribe-again-link = la página de notificaciones del fondo

## El correo saliente del operador

outbox-title = Correo saliente
outbox-lead-delivers = Los mensajes que este servidor ha puesto en cola, los más recientes primero, y qué fue de cada uno. Un mensaje que falla se reintenta más tarde, con esperas cada vez más largas, y se abandona tras varios intentos. La orden { $command } muestra lo mismo.
outbox-lead-no-mail = Los mensajes que este servidor ha puesto en cola. No hay ningún servidor de correo configurado (inicie Pools con { $smtp } y { $from }), así que no sale nada: pase los enlaces a mano si hace falta. La orden { $command } muestra lo mismo.
outbox-empty = El correo saliente está vacío.
outbox-to = Para { $to }
outbox-queued = en cola desde el { $when }
outbox-after-tries = tras { $count ->
    [one] 1 intento
   *[other] { $count } intentos
  }
outbox-status-queued = en cola
outbox-status-sending = enviándose
outbox-status-sent = enviado
outbox-status-failed = fallido
outbox-status-expired = caducado

## Los webhooks de un fondo

webhooks-title = Webhooks de { $pool }
webhooks-lead = Cuente al chat de su grupo, o a su propio sistema, lo que pasa en el fondo. Cada envío es un JSON publicado en la dirección que indique, firmado con el secreto del destino en la cabecera { $header } ({ $t }la hora, { $v1 }el HMAC-SHA256 de la hora, un punto y el cuerpo). Un envío que falla se reintenta, con esperas cada vez más largas, hasta 8 intentos.
webhooks-none = Todavía no hay webhooks.
webhooks-endpoints = Destinos
webhooks-hears-of = Recibe aviso de: { $events }
webhooks-secret = Secreto de firma
webhooks-test = Enviar una prueba
webhooks-test-to = a { $url }
webhooks-remove = Quitar
webhooks-add-heading = Añadir un webhook
webhooks-field-url = Dirección
webhooks-url-hint = En Slack: la dirección de un webhook entrante. En Discord: Ajustes del servidor, Integraciones, Webhooks, Copiar URL del webhook. Debe empezar por https://.
webhooks-format = Formato
webhooks-events = De qué recibe aviso
webhooks-add-button = Añadir el webhook
webhooks-log = Envíos
webhooks-log-none = Todavía no se ha enviado nada.
webhooks-log-caption = Los últimos 50 envíos, los más recientes primero
webhooks-col-queued = En cola desde
webhooks-col-endpoint = Destino
webhooks-col-event = Evento
webhooks-col-status = Estado
webhooks-col-tries = Intentos
webhooks-col-answer = Última respuesta
webhooks-answered = respondió { $status }
webhooks-added = El webhook está añadido. Su secreto está abajo: déselo al receptor para que pueda comprobar la firma de cada envío.
webhooks-removed = El webhook está quitado; ya no se le envía nada.
webhooks-pinged = Un envío de prueba está en camino. El registro de abajo muestra cómo fue.
webhooks-format-choose = elija { $first } o { $last }
webhooks-event-unknown = «{ $event }» no es algo de lo que un webhook reciba aviso
webhooks-format-json = JSON (para su propio receptor, o Matrix y otros puentes)
webhooks-format-slack = Webhook entrante de Slack
webhooks-format-discord = Webhook de Discord
webhooks-event-decision-opened = Se abre una decisión
webhooks-event-decision-closed = Se cierra una decisión, con su resultado
webhooks-event-money-received = Se registra dinero
webhooks-event-payout-paid = Se realiza un pago
webhooks-event-round-opened = Se abre un presupuesto participativo
webhooks-event-round-closed = Se cierra un presupuesto participativo
webhooks-event-member-joined = Alguien se une al fondo
webhooks-event-discussion-started = Empieza una conversación
webhooks-event-comment-posted = Se publica un comentario
webhooks-event-ping = Un envío de prueba
webhooks-status-queued = en cola
webhooks-status-sending = enviándose
webhooks-status-sent = enviado
webhooks-status-failed = fallido
webhooks-status-expired = caducado

## Una contraseña olvidada

forgot-title = Restablecer su contraseña
forgot-sent = Si alguna cuenta usa esa dirección, le hemos enviado un enlace para elegir una contraseña nueva. El enlace funciona durante una hora.
forgot-lead = Introduzca su correo electrónico y le enviaremos un enlace para elegir una contraseña nueva.
forgot-send = Enviar el enlace
reset-title = Elija una contraseña nueva
reset-field = Contraseña nueva
reset-hint = Al menos 10 caracteres. Se cerrará la sesión en todos los dispositivos donde la tenga iniciada.
reset-save = Guardar la contraseña nueva
reset-done = Su contraseña está cambiada. Inicie sesión con la nueva.

## La página de error

error-title-invalid = La solicitud tiene errores
error-title-not-found = No encontrado
error-title-sign-in = Inicie sesión primero
error-title-forbidden = No permitido
error-title-conflict = Eso no se puede hacer ahora
error-title-rate-limited = Demasiados intentos
error-title-busy = Servidor ocupado, inténtelo de nuevo en un momento
error-title-bad-request = No se pudo leer la solicitud
error-title-other = Algo salió mal
error-csrf = Este formulario caducó o vino de otro sitio. Vuelva atrás, recargue la página y envíelo de nuevo.
error-sign-in = { $signin } o { $create }.
error-sign-in-link = Iniciar sesión
error-create-account = crear una cuenta
error-back = Volver a la página de inicio
