"""The official Spanish (United States) wording of the PHQ-9 and GAD-7, read to a client
whose language is Spanish.

Source: Pfizer, "Patient Health Questionnaire (PHQ) Screeners", the PHQ-9 and GAD-7 in
Spanish for the USA (phqscreeners.com). Pfizer states that no permission is required to
reproduce, translate, display or distribute them. The wording is kept exactly as published,
with its "(a)" feminine endings and its dashes; the items follow the English ones in
``instrument_items`` one for one, and the answers are the same 0–3 points.

The PHQ-9's closing question on how difficult the problems made work, home and getting along
with others is not scored and the app does not ask it, so it is not here.
"""

from __future__ import annotations

PHQ9_STEM_ES = ("Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a "
                "los siguientes problemas?")
PHQ9_SCALE_ES: tuple[str, ...] = (
    "Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días")
PHQ9_ITEMS_ES: tuple[str, ...] = (
    "Poco interés o placer en hacer cosas",
    "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
    "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
    "Se ha sentido cansado(a) o con poca energía",
    "Sin apetito o ha comido en exceso",
    "Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con "
    "usted mismo(a) o con su familia",
    "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el "
    "periódico o ver la televisión",
    "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo "
    "contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo "
    "normal",
    "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
)

GAD7_STEM_ES = ("Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los "
                "siguientes problemas?")
GAD7_SCALE_ES: tuple[str, ...] = (
    "Nunca", "Varios días", "Más de la mitad de los días", "Casi todos los días")
GAD7_ITEMS_ES: tuple[str, ...] = (
    "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta",
    "No ha sido capaz de parar o controlar su preocupación",
    "Se ha preocupado demasiado por motivos diferentes",
    "Ha tenido dificultad para relajarse",
    "Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)",
    "Se ha molestado o irritado fácilmente",
    "Ha tenido miedo de que algo terrible fuera a pasar",
)
