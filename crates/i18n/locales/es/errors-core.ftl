# Pools in Spanish: errors of the domain rules (texts, amounts, rules, ballots, imports, statements, budgets, the books).
# Every key here is in the other languages too.

## Dicho en varios lugares

error-core-line = línea { $line }: { $message }
error-core-too-large = el importe es demasiado grande: un importe puede ser como máximo de { $max } unidades menores (céntimos, por ejemplo)

## Los textos escritos (cada uno sigue al nombre de su campo)

error-core-text-email = «{ $text }» no es una dirección de correo electrónico: escríbala como nombre@example.org
error-core-text-empty = no puede quedar vacío
error-core-text-too-long = supera los { $max } caracteres: acórtelo
error-core-text-control = contiene caracteres de control: elimínelos
error-core-text-slug = «{ $text }» no puede ser la dirección de un grupo: use de 3 a 60 letras minúsculas, cifras y guiones simples, como oakland-bike-club
error-core-text-password-short = debe tener al menos { $min } caracteres; unas cuantas palabras sin relación entre sí forman una buena contraseña
error-core-text-password-long = debe tener como máximo { $max } caracteres

## Las reglas de un fondo

error-core-rules-secret-never = las reglas de este fondo muestran cada papeleta con el nombre de quien votó: cambie las reglas mediante una decisión para permitir el voto secreto
error-core-rules-secret-always = las reglas de este fondo hacen de cada decisión un voto secreto
error-core-rules-quorum = un quórum del { $percent } % es imposible: elija un porcentaje de 0 a 100
error-core-rules-min-days = las decisiones deben quedar abiertas al menos 1 día para que todos los miembros puedan verlas
error-core-rules-max-days = el periodo de votación más largo permitido es de { $max } días
error-core-rules-days-order = el periodo de votación más corto ({ $min ->
    [one] { $min } día
   *[other] { $min } días
  }) es más largo que el más largo ({ $max ->
    [one] { $max } día
   *[other] { $max } días
  }): acorte el más corto o alargue el más largo
error-core-rules-usual-days = el periodo de votación habitual debe estar entre { $min } y { $max } días
error-core-rules-buy-in = una cuota de entrada no puede ser negativa: escriba 0 para no pedir ninguna
error-core-rules-rule-change = cambiar las reglas debe requerir al menos tanto acuerdo como una decisión ordinaria ({ $threshold }); elija { $threshold } o algo más estricto
error-core-rules-exit-days = el plazo para devolver el capital a quien se va puede ser como máximo de { $max } días

## Las monedas y los importes

error-core-money-currency = «{ $code }» no es una moneda admitida: use un código ISO 4217 de tres letras, como USD, EUR o GBP
error-core-money-amount = «{ $text }» no es un importe en { $currency }: escríbalo como { $local }
error-core-money-mismatch = no se puede combinar { $first } con { $second }

## Las decisiones y las papeletas

error-core-decision-two-options = indique al menos dos opciones, una por línea
error-core-decision-max-options = indique como máximo { $max } opciones
error-core-decision-option-length = la opción { $n } debe tener de 1 a 200 caracteres
error-core-decision-option-twice = «{ $option }» aparece dos veces
error-core-decision-picks-range = elija un número mínimo y máximo de opciones elegibles con 0 ≤ mínimo ≤ máximo ≤ { $n } y un máximo de al menos 1
error-core-decision-seats = elija de 1 a { $most } de las { $n } candidaturas: una elección necesita más candidaturas que puestos
error-core-decision-max-score = la puntuación más alta debe ser de 1 a { $max }
error-core-decision-block-reason = un bloqueo necesita una razón: diga a qué se opone
error-core-decision-pick-once = elija cada opción como máximo una vez
error-core-decision-pick-count = elija de { $min } a { $max } opciones
error-core-decision-scores = dé a cada opción una puntuación de 0 a { $max }
error-core-decision-rank = clasifique al menos una opción, cada una como máximo una vez
error-core-decision-wrong-ballot = esta papeleta no corresponde a una votación de tipo «{ $method }»
error-core-decision-reason-long = la razón debe tener menos de { $max } caracteres

## Los apoderados

error-core-proxy-off = las reglas de este fondo no permiten apoderados: cambie las reglas mediante una decisión para permitirlos
error-core-proxy-self = nombre a otro miembro: usted siempre conserva su propio voto
error-core-proxy-inactive = un apoderado debe ser un miembro activo del fondo
error-core-proxy-taken = ese miembro ya es apoderado de otro miembro, y nadie puede serlo de más de uno: pídaselo a otra persona
error-core-proxy-secret = el voto secreto no admite apoderados: cada miembro vota por sí mismo
error-core-proxy-flood = los apoderados son para las decisiones propias de un fondo, no para las de un Flood
error-core-proxy-decision-off = las reglas de esta decisión no permiten apoderados
error-core-proxy-not-held = usted no es apoderado de { $name } para esta decisión
error-core-proxy-not-eligible = solo los miembros que pueden votar en esta decisión pueden votar en ella como apoderados
error-core-proxy-voted = esa persona ya votó ella misma, y su propia papeleta siempre cuenta por encima de la de su apoderado

## Las exportaciones de miembros de Meetup

error-core-meetup-how = Exporte la lista de miembros de su grupo de Meetup (abra la página Members del grupo y elija Export / «Download member list») y suba ese archivo CSV tal cual.
error-core-meetup-not-an-export = Este archivo no es una exportación de miembros de Meetup: le falta { $missing }. Columnas encontradas: { $found }. { $how }
error-core-meetup-no-column = una columna «{ $column }»
error-core-meetup-no-id-column = una columna «Member ID» o «URL of Member Profile»
error-core-meetup-and = { $first } y { $second }
error-core-meetup-no-columns = (ninguna)
error-core-meetup-empty = El archivo está vacío. { $how }
error-core-meetup-duplicate = línea { $line }: el miembro { $id } ya aparece en la línea { $first }. Cada miembro puede aparecer una sola vez; descargue de Meetup una lista de miembros reciente en lugar de combinar listas.
error-core-meetup-utf16 = el archivo está guardado como UTF-16 («Texto Unicode»). Guárdelo como «CSV UTF-8» en su hoja de cálculo y vuelva a subirlo.
error-core-meetup-not-utf8 = el archivo no es texto UTF-8 (probablemente se guardó con una codificación antigua). Guárdelo como «CSV UTF-8» en su hoja de cálculo y vuelva a subirlo.
error-core-meetup-csv = esta fila no se puede leer como CSV ({ $error }). Vuelva a exportar el archivo desde Meetup.
error-core-meetup-same-columns = las columnas «{ $first }» y «{ $second }» contienen la misma información. Elimine una de ellas, o vuelva a exportar el archivo desde Meetup.
error-core-meetup-row-width = esta fila tiene { $fields } campos pero el encabezado tiene { $header }. Probablemente un valor que contiene el separador perdió sus comillas; corrija la fila en una hoja de cálculo o vuelva a exportar el archivo desde Meetup.
error-core-meetup-no-name = el nombre está vacío. Cada miembro necesita un nombre; complételo o elimine la fila.
error-core-meetup-invalid = el valor «{ $value }» de la columna «{ $column }» no es { $expected }. Corríjalo o deje la celda vacía.
error-core-meetup-expected-date = una fecha como 04/24/2014 (MM/DD/AAAA) o 2014-04-24
error-core-meetup-expected-count = un número entero
error-core-meetup-expected-yes-no = Yes o No (o sí, no)
error-core-meetup-member-id = el valor «{ $value }» de la columna «{ $column }» no es un número entero positivo. Use el número de miembro que da Meetup (como 12537919).
error-core-meetup-no-id = este miembro no tiene Member ID, ni número de miembro en la URL del perfil, ni User ID, así que no se le puede reconocer. Añada el Member ID o elimine la fila.

## Los extractos bancarios

error-core-bank-missing-column = el archivo no tiene ninguna columna llamada «{ $column }»; sus columnas son: { $columns }
error-core-bank-not-csv = el archivo no se pudo leer como texto CSV: { $why }
error-core-bank-not-utf8 = el archivo no se pudo leer como texto CSV: no es texto UTF-8
error-core-bank-not-a-date = «{ $value }» no es una fecha en el formato elegido
error-core-bank-not-an-amount = «{ $value }» no es un importe en { $currency }

## Los presupuestos participativos (importes en unidades menores)

error-core-budget-round-amount = el importe del presupuesto participativo debe ser mayor que cero
error-core-budget-bucket-window = el plazo para proponer proyectos debe ser de 1 a { $max } días
error-core-budget-funding-window = el plazo de financiación debe ser de 1 a { $max } días
error-core-budget-cap = el tope por proyecto debe ser mayor que cero, o quedar vacío si no hay tope
error-core-budget-guidelines = las pautas deben tener menos de 5000 caracteres
error-core-budget-no-members = un presupuesto participativo necesita al menos un miembro con derecho a participar
error-core-budget-no-lines = un proyecto necesita al menos una línea de presupuesto
error-core-budget-line = «{ $label }»: el mínimo debe ser mayor que cero y el máximo no puede ser menor que el mínimo
error-core-budget-give-more = dé un importe mayor que cero
error-core-budget-not-in-round = solo los miembros del presupuesto participativo pueden financiar proyectos
error-core-budget-no-bucket = ese proyecto no existe en este presupuesto participativo
error-core-budget-allocation = le quedan { $left } de su parte, menos que los { $asked } que quiere dar
error-core-budget-overfunded = a este proyecto solo le faltan { $room } para alcanzar su máximo
error-core-budget-over-cap = puede poner como máximo { $cap } en un proyecto, y ya ha dado { $given }
error-core-budget-overflow = el importe es demasiado grande

## Los libros (importes en unidades menores)

error-core-ledger-not-positive = el importe debe ser mayor que cero
error-core-ledger-insufficient = la cuenta { $account } quedaría por debajo de cero: tiene { $balance } y se necesitan { $needed }
error-core-ledger-overflow = el importe es demasiado grande: el saldo resultante no se puede registrar
error-core-ledger-uncovered = el fondo tiene { $available } disponible y esto necesita { $needed }

## Salir de un Flood (importes en unidades menores)

error-core-flood-not-a-member = ese fondo no es miembro del Flood
error-core-flood-pending = el Flood todavía tiene { $amount } en pagos autorizados: páguelos o cancélelos antes de que se vaya el último fondo, para que el Flood termine sin nada
error-core-flood-invalid = los importes están fuera de rango
error-core-flood-no-secret = un Flood que decide por doble mayoría cuenta los votos de cada fondo miembro, así que su voto no puede ser secreto: elija nunca u opcional para el voto secreto
