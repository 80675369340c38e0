# Pools in Spanish: errors of the treasury, budgeting and forming the legal entity.
# Every key here is in the other languages too.

## El dinero recibido, revertido y pagado

error-money-kind = indique qué es el dinero: { $n ->
    [one] { $last }
   *[other] { $rest } o { $last }
  }, no «{ $text }»
error-money-insufficient = { $account ->
    [treasury] la tesorería tiene
    [authorized] los pagos autorizados suman
    [budgeted] el dinero reservado para los presupuestos participativos suma
    [capital] la cuenta de capital del miembro tiene
   *[other] { $key } tiene
  } { $balance } y esto necesita { $needed }: no se registró nada
error-money-uncovered = el fondo tiene { $available } disponibles (la tesorería menos los pagos ya autorizados y el dinero reservado para los presupuestos participativos) y esto tomaría { $needed }, así que el fondo prometería más de lo que tiene: cancele primero un pago autorizado. No se registró nada
error-money-date-format = escriba la fecha como AAAA-MM-DD, por ejemplo 2026-11-29
error-money-method = elija bank_transfer, cash o card
error-money-date-future = la fecha está en el futuro
error-money-reference-long = la referencia debe tener menos de 200 caracteres
error-money-flood-treasurers = solo quienes llevan la tesorería o la organización de un fondo miembro pueden manejar el dinero de un Flood
error-money-treasurers = solo quienes llevan la tesorería o la organización del fondo pueden registrar dinero
error-money-not-a-member = esa persona no es miembro de este fondo
error-money-owes-no-buy-in = { $name } no debe ninguna cuota de entrada: registre esto como capital o como donación
error-money-buy-in-exactly = la cuota de entrada es exactamente { $amount }
error-money-buy-in-recorded = la cuota de entrada de { $name } ya está registrada; su admisión espera la votación de los miembros
error-money-no-entry = no hay ningún asiento «{ $id }» en el libro
error-money-reversal-reason = indique por qué se revierte el asiento
error-money-not-reversible = solo se puede revertir el dinero recibido; los pagos, las salidas y los presupuestos participativos se liquidan con sus propios pasos
error-money-already-reversed = ese asiento ya está revertido, o es él mismo una reversión
error-money-statements = solo quienes llevan la tesorería o la organización pueden leer los estados de cuenta de otros miembros
error-money-never-a-member = esa persona nunca ha sido miembro de este fondo
error-money-no-payout = no hay ningún pago «{ $id }»
error-money-payout-settled = este pago ya está { $status ->
    [paid] pagado
    [cancelled] cancelado
   *[other] { $status }
  }: un pago se paga o se cancela una sola vez
error-money-no-exit = no hay ninguna devolución de salida «{ $id }»
error-money-exit-repaid = esta devolución ya se hizo
error-money-cancel-reason = indique por qué se cancela el pago
error-money-report-members = solo los miembros del fondo pueden avisar del dinero que enviaron
error-money-report-own = solo puede avisar del dinero que usted mismo envió
error-money-reject-reason = indique por qué, para que el miembro pueda resolverlo
error-money-no-report = no hay ningún aviso «{ $id }»
error-money-report-settled = este aviso ya fue { $status ->
    [confirmed] confirmado
    [rejected] rechazado
   *[other] { $status }
  }

## Los presupuestos participativos y sus proyectos

error-money-allocation = le quedan { $left } de su parte, menos que los { $asked } que quiso dar: no se registró nada
error-money-overfunded = a este proyecto solo le faltan { $room } para alcanzar su máximo: dé esa cantidad o menos
error-money-cap = en este presupuesto participativo un miembro puede poner como máximo { $cap } en un mismo proyecto, y usted ya dio { $given }
error-money-too-large = el importe es demasiado grande
error-money-no-round = no hay ningún presupuesto participativo «{ $id }»
error-money-no-bucket = no hay ningún proyecto «{ $id }»
error-money-bucket-name = dé al proyecto un nombre de 1 a 120 caracteres
error-money-bucket-lines = un proyecto tiene como máximo { $max ->
    [one] 1 partida
   *[other] { $max } partidas
  }
error-money-line-name = nombre cada partida con 1 a 120 caracteres
error-money-co-creators = un proyecto nombra como máximo { $max ->
    [one] 1 cocreador/a
   *[other] { $max } cocreadores/as
  }, usted incluido
error-money-propose-members = solo los miembros activos del fondo pueden proponer proyectos
error-money-proposals-closed = este presupuesto participativo aceptó propuestas de proyectos hasta el { $until }
error-money-bucket-too-big = el máximo de este proyecto, { $max }, es más de lo que tiene todo el presupuesto participativo ({ $round }): pida menos
error-money-co-creator-active = cada cocreador/a debe ser miembro activo del fondo
error-money-flag-reason = indique contra qué pauta va el proyecto, en 2.000 caracteres como máximo
error-money-flag-members = solo los miembros activos del fondo pueden señalar proyectos
error-money-flag-closed = los proyectos pueden señalarse mientras se revisan, hasta el { $until }
error-money-already-flagged = ya señaló este proyecto
error-money-fund-members = solo los miembros activos del fondo pueden financiar proyectos
error-money-funding-opens = la financiación se abre el { $at }
error-money-funding-closed = la financiación cerró el { $at }
error-money-bucket-shut = este proyecto { $status ->
    [cancelled] está cancelado
    [funded] está financiado
    [missed] no alcanzó su mínimo
   *[other] está { $status }
  } y no recibe más dinero
error-money-no-allocation = solo los miembros que estaban en el fondo cuando se abrió el presupuesto participativo tienen una parte
error-money-bucket-cancel-reason = indique por qué se cancela el proyecto, en 2.000 caracteres como máximo
error-money-bucket-cancel-who = solo quienes cocrearon el proyecto o quienes organizan el fondo pueden cancelarlo
error-money-bucket-cancel-closed = un proyecto solo puede cancelarse mientras su presupuesto participativo está abierto

## La constitución de la entidad jurídica

error-money-formation-organizers = solo quienes organizan el fondo pueden llevar su constitución
error-money-formation-open-pool = abra el fondo antes de constituir una entidad jurídica
error-money-formation-not-member = «{ $name }» no es miembro activo del fondo: cada fundador/a firma la solicitud de constitución en Pools, así que nombre a miembros tal como figuran en sus cuentas
error-money-formation-drafting = la constitución está en el paso «{ $status }»: los datos solo pueden cambiar durante la redacción
error-money-formation-filed-future = la fecha de presentación no puede estar en el futuro
error-money-formation-not-started = este fondo aún no ha iniciado su constitución
error-money-formation-confirm = marque la casilla para confirmar que ha leído el documento y lo firma
error-money-formation-typed-name = escriba su nombre completo exactamente como en su cuenta, «{ $name }», para firmar
error-money-formation-no-document = una { $form } no tiene el documento «{ $document }»
error-money-formation-not-out = los documentos aún no se han enviado a firmar: quien organiza el fondo inicia primero las firmas
error-money-formation-already-signed = ya firmó esta versión
error-money-formation-members-sign = solo los miembros activos del fondo firman este documento
error-money-formation-filing-signers = la solicitud de constitución la firman los fundadores que nombra: el nombre de su cuenta no es uno de ellos
error-money-formation-software-changed = esta versión no puede firmarse: el texto que Pools escribe ahora difiere del registrado cuando se generó (el programa cambió)
error-money-formation-document-changed = el documento cambió desde que lo abrió (las reglas cambiaron y se generó una nueva versión): lea la nueva versión y firme esa
error-money-formation-no-version = no hay ninguna versión { $version }
