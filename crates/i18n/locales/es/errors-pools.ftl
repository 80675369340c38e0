# Pools in Spanish: errors of groups, pools, accounts and invitations.
# Every key here is in the other languages too.


## Grupos

error-pools-slug-taken = la dirección «{ $slug }» ya la usa otro grupo: elija otra
error-pools-already-in-group = ya es miembro de { $group }
error-pools-import-forbidden = solo quienes organizan { $group } pueden importar miembros
error-pools-no-group = no hay ningún grupo «{ $slug }»
error-pools-no-group-address = no hay ningún grupo con la dirección «{ $slug }»

## Enlaces de invitación e invitaciones por correo electrónico

error-pools-invite-invalid = este enlace de invitación no es válido: pida a quien organiza el grupo que lo copie de nuevo
error-pools-invite-member-gone = el lugar al que invita este enlace ya no existe
error-pools-invite-group-gone = el grupo de esta invitación ya no existe
error-pools-invite-taken = otra persona ya ocupó este lugar en { $group }; si es un error, avise a quien organiza el grupo
error-pools-invite-already-member = ya es miembro de { $group } como «{ $mine }», así que no puede ocupar también el lugar de «{ $theirs }»
error-pools-invites-forbidden = solo quienes organizan { $group } pueden ver y enviar sus invitaciones
error-pools-not-an-email = «{ $text }» no es una dirección de correo electrónico: escríbala así: nombre@example.org
error-pools-no-such-member = ese miembro no está en { $group }
error-pools-place-claimed = { $name } ya ocupó su lugar: no hay nadie a quien invitar
# Por qué no se envió una invitación, tras «No se envió a NOMBRE:».
error-pools-skip-no-address = todavía no tiene dirección de correo electrónico
error-pools-skip-claimed = ya ocupó su lugar

## Fondos

error-pools-pool-group-gone = el grupo de este fondo ya no existe
error-pools-group-has-pool = { $group } ya tiene un fondo, { $pool }
error-pools-create-accept = lea el compromiso de miembro y marque la casilla para aceptarlo: como primera persona que organiza el fondo, usted es su primer miembro
error-pools-new-pool-vanished = el nuevo fondo ha desaparecido
error-pools-commitment-empty = el compromiso de miembro no puede estar vacío: diga lo que prometen los miembros
error-pools-rules-open = este fondo está abierto, así que sus reglas solo cambian por una decisión de cambio de reglas de los miembros
error-pools-already-open = este fondo ya está abierto
error-pools-open-forbidden = solo quienes organizan el fondo pueden abrirlo
error-pools-join-group-first = solo los miembros de { $group } pueden unirse a su fondo: únase primero al grupo
error-pools-already-in-pool = ya es miembro de este fondo
error-pools-still-draft = quienes organizan este fondo aún lo están preparando: podrá unirse en cuanto lo abran
error-pools-join-accept = marque la casilla para aceptar el compromiso de miembro
error-pools-commitment-changed = el compromiso de miembro cambió desde que lo leyó: léalo de nuevo y acepte el texto actual
error-pools-new-membership-vanished = la nueva membresía ha desaparecido
error-pools-not-in-pool = usted no es miembro de este fondo
error-pools-last-organizer-leaving = usted es la única persona que organiza el fondo: dé esa función a otro miembro antes de salir
error-pools-roles-forbidden = solo quienes organizan el fondo pueden asignar funciones
error-pools-not-a-member = esa persona no es miembro de este fondo
error-pools-needs-organizer = un fondo necesita al menos una persona que lo organice: dé primero esa función a otra persona
error-pools-membership-vanished = la membresía ha desaparecido
error-pools-time-zone-forbidden = solo quienes organizan el fondo pueden fijar su zona horaria
error-pools-pool-vanished = el fondo ha desaparecido
error-pools-flood-forbidden = solo los miembros del grupo de un fondo miembro pueden ver este Flood
error-pools-read-forbidden = solo los miembros del grupo del fondo pueden ver esto

## Cuentas y ajustes

error-pools-account-exists = ya existe una cuenta con { $email }: inicie sesión, o restablezca su contraseña si la olvidó
error-pools-wrong-password = ese correo electrónico y esa contraseña no corresponden a ninguna cuenta: revise ambos, o restablezca su contraseña
error-pools-reset-link = este enlace de restablecimiento es desconocido, ya se usó o caducó: pida uno nuevo
# $why: las palabras de la biblioteca de hash, en inglés.
error-pools-password-unusable = no se puede usar: { $why }
error-pools-outbox-forbidden = solo el operador de este servidor puede leer el correo saliente
error-pools-language = elija English, Français o Español

## Las solicitudes que mueven dinero, hechas una sola vez

error-pools-idempotency-key = envíe un encabezado Idempotency-Key de 1 a 200 caracteres, nuevo para cada solicitud que mueva dinero
error-pools-idempotency-reused = esta Idempotency-Key ya se usó para otra solicitud: use una clave nueva
