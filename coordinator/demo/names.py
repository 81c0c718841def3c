"""Fictitious people and places for the demo caseload.

The clinic serves a mixed community, so clients come from several naming traditions, written
the way they appear on an ID card: Spanish names keep their accents (José Núñez), Vietnamese
names keep their diacritics (Nguyễn Thị Lan), Khmer names use the usual Latin transliteration
(Sokha Chea), with a few preferred names in Khmer or Chinese script so packets exercise the
Unicode font. Every name here is invented for the demo; any match with a real person is chance.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    """A naming tradition and the language its older members tend to prefer."""

    key: str
    weight: float
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    language: str  # preferred language when not English
    # Share preferring ``language`` by age band: adolescents, adults under 45, 45 and older.
    prefers_language: tuple[float, float, float]
    interpreter_share: float  # of those who prefer ``language``


ENGLISH = Culture(
    "english", 0.40,
    female=("Mary", "Jennifer", "Jessica", "Ashley", "Sarah", "Emily", "Amanda", "Megan",
            "Rachel", "Lauren", "Keisha", "Latoya", "Aaliyah", "Imani", "Tiana", "Brittany",
            "Danielle", "Nicole", "Heather", "Samantha", "Olivia", "Emma", "Ava", "Madison",
            "Hannah", "Abigail", "Kayla", "Courtney", "Shanice", "Erin", "Kathleen", "Brenda",
            "Deborah", "Tamara", "Crystal", "Autumn", "Chloe", "Zoe", "Renee", "Jasmine"),
    male=("James", "Michael", "Robert", "David", "John", "Christopher", "Matthew", "Joshua",
          "Andrew", "Tyler", "Brandon", "Jamal", "DeShawn", "Marcus", "Terrence", "Darnell",
          "Kevin", "Brian", "Ryan", "Justin", "Ethan", "Noah", "Liam", "Mason", "Logan",
          "Cody", "Dustin", "Travis", "Malik", "Andre", "Gregory", "Patrick", "Sean",
          "Kenneth", "Wayne", "Dylan", "Caleb", "Isaiah", "Trevor", "Curtis"),
    family=("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
            "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White",
            "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
            "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell",
            "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins",
            "Edwards", "Stewart", "Murphy", "Cook", "Rogers", "O'Brien", "O'Connor",
            "McCarthy", "Sullivan", "Kowalski", "Nowak", "Schmidt", "Becker", "Olsen",
            "Jensen", "Washington", "Jefferson", "Brooks", "Hayes", "Fitzgerald"),
    language="English", prefers_language=(1.0, 1.0, 1.0), interpreter_share=0.0,
)

SPANISH = Culture(
    "spanish", 0.30,
    female=("María", "Guadalupe", "Sofía", "Lucía", "Inés", "Mónica", "Verónica", "Alejandra",
            "Daniela", "Valentina", "Camila", "Ximena", "Maribel", "Yesenia", "Araceli",
            "Rocío", "Beatriz", "Marisol", "Leticia", "Paola", "Itzel", "Dulce", "Rosa",
            "Esperanza", "Natalia", "Ana Lucía", "María José", "Jimena", "Fátima", "Elena"),
    male=("José", "Jesús", "Ramón", "Andrés", "Rubén", "Héctor", "Martín", "Raúl", "Adrián",
          "Carlos", "Juan", "Luis", "Fernando", "Sebastián", "Tomás", "Joaquín", "Óscar",
          "Iván", "Efraín", "Alejandro", "Miguel Ángel", "Francisco", "Rodrigo", "Emilio",
          "Julián", "Ignacio", "Arturo", "Gerardo", "Ernesto", "Víctor"),
    family=("García", "Martínez", "Rodríguez", "Hernández", "López", "González", "Pérez",
            "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Núñez",
            "Muñoz", "Castillo", "Ortiz", "Jiménez", "Vásquez", "Ibáñez", "Peña", "Cortés",
            "Chávez", "Domínguez", "Gutiérrez", "Reyes", "Morales", "Cruz", "Mendoza",
            "Aguilar", "Salazar", "Ortega", "Delgado", "Guzmán", "Rosales", "Valdez", "Zúñiga",
            "Cárdenas", "Montaño"),
    language="Spanish", prefers_language=(0.10, 0.45, 0.75), interpreter_share=0.5,
)

VIETNAMESE = Culture(
    "vietnamese", 0.10,
    female=("Lan", "Thị Lan", "Hương", "Thảo", "Linh", "Ngọc Anh", "Phương", "Trâm", "Hạnh",
            "Thúy", "Mai", "Thu Hà", "Diễm", "Yến", "Quỳnh", "Hồng", "Bích Ngọc", "Tuyết"),
    male=("Minh", "Văn Minh", "Dũng", "Tuấn", "Hùng", "Quang", "Khánh", "Đức", "Thành",
          "Hiếu", "Bảo", "Tâm", "Long", "Phúc", "Huy", "Nam", "Quốc Bảo", "Trọng"),
    family=("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh"),
    language="Vietnamese", prefers_language=(0.05, 0.35, 0.70), interpreter_share=0.75,
)

KHMER = Culture(
    "khmer", 0.08,
    female=("Sokha", "Sophea", "Bopha", "Chenda", "Sreymom", "Channary", "Sopheap", "Malis",
            "Sreyleak", "Phalla", "Chantha", "Kalliyan", "Sothea", "Srey Pich", "Navy"),
    male=("Dara", "Vanna", "Rithy", "Visal", "Sovann", "Kosal", "Piseth", "Vuthy", "Sokhom",
          "Bunthoeun", "Samnang", "Chamroeun", "Pheakdey", "Sarath", "Kimsan"),
    family=("Chea", "Sok", "Keo", "Chhay", "Heng", "Kim", "Lim", "Meas", "Nhem", "Prak",
            "Sam", "Seng", "Sim", "Touch", "Ung", "Yim", "Pich", "Mao", "Chhun", "Long"),
    language="Khmer", prefers_language=(0.03, 0.25, 0.65), interpreter_share=0.8,
)

FILIPINO = Culture(
    "filipino", 0.08,
    female=("Maricel", "Mary Grace", "Rowena", "Lorna", "Divina", "Cristina", "Rosalinda",
            "Angelica", "Princess", "Joy", "Analyn", "Ligaya", "Dalisay", "Marites", "Jocelyn",
            "Rhea", "Kristine", "Maria Luisa"),
    male=("Jose", "Mark", "John Paul", "Jerome", "Ronaldo", "Rodel", "Arnel", "Jericho",
          "Reynaldo", "Efren", "Dante", "Bayani", "Rommel", "Nestor", "Jun", "Carlo",
          "Marvin", "Emmanuel"),
    family=("Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Tomas",
            "Andrada", "Castillo", "Villanueva", "Ramos", "Castro", "Aquino", "Navarro",
            "Mercado", "Dela Cruz", "De Leon", "Dimaculangan", "Macaraeg", "Pangilinan",
            "Magbanua", "Manalo", "Soriano", "Tolentino", "Dizon"),
    language="Tagalog", prefers_language=(0.0, 0.12, 0.30), interpreter_share=0.4,
)

CHINESE = Culture(
    "chinese", 0.04,
    female=("Mei Ling", "Li Na", "Wing Yan", "Hui", "Xiu Ying", "Siu Wai", "Yan Ting"),
    male=("Wei", "Jun", "Ka Wai", "Siu Ming", "Jian", "Chi Keung", "Hao"),
    family=("Chen", "Wong", "Li", "Zhang", "Liu", "Huang", "Chan", "Lam", "Leung", "Cheung"),
    language="Cantonese", prefers_language=(0.05, 0.35, 0.70), interpreter_share=0.8,
)

CULTURES: tuple[Culture, ...] = (ENGLISH, SPANISH, VIETNAMESE, KHMER, FILIPINO, CHINESE)

# Preferred names in the client's own script, for the few who give one at intake.
NATIVE_SCRIPT: dict[str, str] = {
    "Sokha": "សុខា", "Sophea": "សុភា", "Vanna": "វណ្ណា", "Bopha": "បុប្ផា", "Dara": "តារា",
    "Chantha": "ចន្ថា", "Mei Ling": "美玲", "Li Na": "麗娜", "Wei": "偉", "Jun": "俊",
    "Ka Wai": "家偉", "Siu Ming": "小明", "Wing Yan": "詠欣", "Hui": "慧",
}

# Nicknames English speakers often give as their preferred name.
NICKNAMES: dict[str, str] = {
    "Robert": "Bobby", "Michael": "Mike", "Christopher": "Chris", "Matthew": "Matt",
    "Joshua": "Josh", "Andrew": "Drew", "Jennifer": "Jen", "Samantha": "Sam",
    "Kathleen": "Kathy", "Deborah": "Deb", "Gregory": "Greg", "Kenneth": "Ken",
    "Guadalupe": "Lupe", "Francisco": "Paco", "Alejandra": "Ale", "Ignacio": "Nacho",
    "María José": "Majo", "Reynaldo": "Rey", "Emmanuel": "Manny", "Rosalinda": "Linda",
}

GENDER_VARIANTS: tuple[tuple[str, str, str], ...] = (
    # (sex at birth, gender identity, pronouns) for clients whose identity differs
    ("female", "Transgender man", "he/him"),
    ("male", "Transgender woman", "she/her"),
    ("female", "Non-binary", "they/them"),
    ("male", "Non-binary", "they/them"),
    ("female", "Genderqueer", "they/she"),
)

# --- places ---------------------------------------------------------------------------------

# (city, ZIP codes, area code). Fictitious towns in the clinic's county.
CITIES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("Riverbend", ("95901", "95903", "95905", "95907"), "530"),
    ("Millbrook", ("95911", "95913"), "530"),
    ("Cedar Grove", ("95921", "95923"), "530"),
    ("Harbor Point", ("95931", "95933"), "707"),
    ("San Isidro", ("95941", "95943"), "707"),
    ("Delta Springs", ("95951", "95953"), "916"),
    ("Oak Hollow", ("95961",), "916"),
    ("Vista Linda", ("95971", "95973"), "916"),
)

STREETS: tuple[str, ...] = (
    "Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Riverside Blvd", "Mission St",
    "Calle del Sol", "Avenida Esperanza", "Pine St", "Elm St", "Harbor Way", "Sunset Ave",
    "Lincoln Ave", "Washington Blvd", "Jefferson St", "Magnolia Ct", "Willow Rd",
    "Sycamore St", "Levee Rd", "Almond Ave", "Orchard Ln", "Vineyard Rd", "Delta Hwy",
    "College Ave", "Park Pl", "Lakeview Dr", "Camino Real", "Buena Vista St", "Division St",
    "Fremont St",
)

STATE = "CA"

# --- staff and clinicians ---------------------------------------------------------------------

# (username, full name, role code). Password for all of them is "demo".
STAFF: tuple[tuple[str, str, str], ...] = (
    ("admin", "Priya Raman", "admin"),
    ("casemanager", "María Elena Gutiérrez", "case_manager"),
    ("supervisor", "Samuel Okafor", "supervisor"),
    ("skeo", "Sophal Keo", "case_manager"),
    ("jwashington", "Jerome Washington", "case_manager"),
    ("tnguyen", "Thanh Nguyễn", "case_manager"),
    ("mdelacruz", "Marisol Dela Cruz", "case_manager"),
    ("hgoldberg", "Hannah Goldberg", "case_manager"),
    ("aramirez", "Andrés Ramírez", "case_manager"),
    ("readonly", "Quality Reviewer (read-only)", "read_only"),
)

PSYCHIATRISTS: tuple[str, ...] = (
    "Dr. Anjali Mehta", "Dr. Robert Kessler", "Dr. Lucía Fernández", "Dr. Kwame Mensah",
    "Dr. Helen Tran", "Dr. Farid Haddad", "Dr. Judith Bernstein",
)
NURSE_PRACTITIONERS: tuple[str, ...] = (
    "Carmen Ruiz, PMHNP", "Daniel Park, PMHNP", "Amara Eze, PMHNP", "Kelly Nguyen, PMHNP",
)
# Therapists on the clinic's own staff (private-practice therapists are facilities).
THERAPISTS: tuple[str, ...] = (
    "Beatriz Solís, LCSW", "Owen Gallagher, LPCC", "Chanthou Prum, LMFT",
    "Mai Lee Vang, LCSW", "Jordan Ellis, LPCC", "Rosa Delgado, LMFT",
)
PRIMARY_CARE: tuple[str, ...] = (
    "Dr. Patricia Lowe", "Dr. Hiroshi Tanaka", "Dr. Rosa Elena Batista", "Dr. Paul Okonkwo",
    "Dr. Minh Châu Đoàn", "Jenna Whitfield, FNP", "Dr. Samuel Reyes",
)
PEER_SPECIALISTS: tuple[str, ...] = (
    "Tony Marquez (peer support)", "Keisha Banks (peer support)", "Bora Chhim (peer support)",
    "Luz Herrera (peer support)",
)
PRIMARY_CARE_PRACTICES: tuple[str, ...] = (
    "Delta Community Health Center", "Riverbend Family Medicine", "Clínica de Salud del Valle",
    "Harbor Point Internal Medicine",
)

# The clinic's clinicians who can be a client's responsible clinician: (name as the
# medication list and care team write it, name, credentials, the first nine digits of the
# NPI). The NPIs are invented; their tenth digit is the CMS check digit (``clinicians``).
RESPONSIBLE_CLINICIANS: tuple[tuple[str, str, str, str], ...] = (
    ("Dr. Anjali Mehta", "Anjali Mehta", "MD", "164382017"),
    ("Dr. Robert Kessler", "Robert Kessler", "MD", "132057948"),
    ("Dr. Lucía Fernández", "Lucía Fernández", "MD", "188316420"),
    ("Dr. Kwame Mensah", "Kwame Mensah", "DO", "125904736"),
    ("Dr. Helen Tran", "Helen Tran", "MD", "171649205"),
    ("Dr. Farid Haddad", "Farid Haddad", "DO", "149270581"),
    ("Dr. Judith Bernstein", "Judith Bernstein", "MD", "110835692"),
    ("Carmen Ruiz, PMHNP", "Carmen Ruiz", "PMHNP-BC", "158802364"),
    ("Daniel Park, PMHNP", "Daniel Park", "PMHNP-BC", "193471058"),
    ("Amara Eze, PMHNP", "Amara Eze", "PMHNP-BC", "136628149"),
    ("Kelly Nguyen, PMHNP", "Kelly Nguyen", "PMHNP-BC", "117590423"),
    ("Dr. Naomi Feldman, PsyD", "Naomi Feldman", "PsyD", "182264907"),
    ("Beatriz Solís, LCSW", "Beatriz Solís", "LCSW", "145013786"),
    ("Chanthou Prum, LMFT", "Chanthou Prum", "LMFT", "176358210"),
    ("Mai Lee Vang, LCSW", "Mai Lee Vang", "LCSW", "129847365"),
    ("Rosa Delgado, LMFT", "Rosa Delgado", "LMFT", "163195074"),
)
