import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import { foldArabic } from '../lib/arabic/normalize';
import { draftFromSuggestion } from '../lib/glossary/draft-entry';
import { ENTITY_TYPES, type EntityType, type GlossaryEntry } from '../lib/glossary/schema';
import type { PageEntity, PutReply } from '../lib/messages/protocol';
import { AddEntryForm } from './AddEntryForm';
import { ArabicTerm } from './ArabicTerm';
import { ContextSentence } from './ContextSentence';
import { EntryHistory } from './EntryHistory';
import { OtherSpellings } from './OtherSpellings';
import { usePopup } from './popup-api';
import { TypeBadge } from './TypeBadge';
import { useI18n } from './use-i18n';
import { WikipediaLink } from './WikipediaLink';

interface EntityGroup {
  type: EntityType;
  entities: PageEntity[];
  mentions: number;
}

/** The entities by type, in the glossary's order of types; within a type, most mentioned first. */
export function groupByType(entities: readonly PageEntity[]): EntityGroup[] {
  return ENTITY_TYPES.map((type) => {
    const ofType = entities.filter((entity) => entity.entry.type === type).sort((a, b) => b.count - a.count);
    return { type, entities: ofType, mentions: ofType.reduce((sum, entity) => sum + entity.count, 0) };
  }).filter((group) => group.entities.length > 0);
}

/** Ways the entity is written on the page that differ from its standard form (بباريس for باريس). */
function otherSpellings(entity: PageEntity): string[] {
  const standard = foldArabic(entity.entry.ar);
  return entity.surfaces.filter((surface) => foldArabic(surface) !== standard);
}

/** Copying an entity's English and showing it on the page, for glossary entities and suggestions alike. */
function useEntityActions(entry: GlossaryEntry): { copyEnglish(): void; reveal(): void } {
  const { askPage, copy, announce } = usePopup();
  const { t } = useI18n();
  const copyEnglish = () =>
    copy(entry.en).then(
      () => announce(t('copiedName', { name: entry.en })),
      () => announce(t('copyRefused')),
    );
  const reveal = () =>
    askPage({ type: 'page/reveal', entryId: entry.id }).then(
      (reply) => announce(reply.found ? t('popupShown', { name: entry.en }) : t('popupGone')),
      () => announce(t('pageNoAnswer')),
    );
  return { copyEnglish, reveal };
}

/** How the entity is written on the page and the sentences it stands in. */
function OnThisPage(props: { entity: PageEntity }): JSX.Element {
  const { entity } = props;
  const { entry } = entity;
  const spellings = otherSpellings(entity);
  const needles = [...entity.surfaces, entry.ar, ...entry.variants];
  const { t, parts } = useI18n();
  return (
    <>
      {spellings.length > 0 && (
        <p class="spellings small muted">
          {parts('popupWrittenAs', {
            spellings: spellings.map((surface, index) => (
              <span key={surface}>
                {index > 0 && t('listSeparator')}
                <bdi class="ar" dir="rtl" lang="ar">
                  {surface}
                </bdi>
              </span>
            )),
          })}
        </p>
      )}
      {entity.sentences.map((sentence) => (
        <ContextSentence key={sentence} sentence={sentence} needles={needles} />
      ))}
    </>
  );
}

function EntityDetails(props: { id: string; entity: PageEntity; pageUrl: string }): JSX.Element {
  const { id, entity, pageUrl } = props;
  const { entry } = entity;
  const { askBackground, announce } = usePopup();
  const { copyEnglish, reveal } = useEntityActions(entry);
  const { t } = useI18n();
  const edit = () =>
    askBackground({ type: 'options/open', entryId: entry.id }).catch(() => announce(t('editorNotOpened')));

  return (
    <div class="details" id={id}>
      <OnThisPage entity={entity} />
      {entry.note !== undefined && entry.note !== '' && (
        <p class="note" dir="ltr" lang="en">
          {entry.note}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={copyEnglish}>
          {t('copyEnglish')}
        </button>
        <button type="button" onClick={reveal}>
          {t('showOnPage')}
        </button>
        <button type="button" onClick={edit}>
          {t('editInGlossary')}
        </button>
        <WikipediaLink title={entry.wikipedia} />
      </div>
      <EntryHistory entryId={entry.id} pageUrl={pageUrl} />
    </div>
  );
}

/** A name the glossary lacks: its other spellings, its sentences, and the form that adds it. */
function SuggestionDetails(props: {
  id: string;
  entity: PageEntity;
  onAdd(entry: GlossaryEntry): Promise<PutReply>;
}): JSX.Element {
  const { id, entity, onAdd } = props;
  const { entry } = entity;
  const { copyEnglish, reveal } = useEntityActions(entry);
  const [adding, setAdding] = useState(false);
  const { t } = useI18n();
  return (
    <div class="details" id={id}>
      <OtherSpellings entry={entry} class="small muted" />
      <OnThisPage entity={entity} />
      <div class="actions">
        <button type="button" onClick={copyEnglish}>
          {t('copyEnglish')}
        </button>
        <button type="button" onClick={reveal}>
          {t('showOnPage')}
        </button>
        <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {t('addToGlossary')}
        </button>
      </div>
      {adding && (
        <AddEntryForm
          draft={draftFromSuggestion(entry, entity.sentences[0])}
          onSave={onAdd}
          onCancel={() => setAdding(false)}
        />
      )}
    </div>
  );
}

/** One entity's row, opening onto the details `details` renders under the id it is given. */
function EntityItem(props: { entity: PageEntity; details(id: string): JSX.Element }): JSX.Element {
  const { entity, details } = props;
  const [open, setOpen] = useState(false);
  const id = useId();
  const { plural, number } = useI18n();
  return (
    <li class="entity" data-type={entity.entry.type}>
      <button
        type="button"
        class="entity-row"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        <span class="chevron" aria-hidden="true" />
        {/* One box that wraps: a long English or Arabic name goes onto lines of whole words. */}
        <span class="names">
          <span class="en" dir="ltr" lang="en">
            {entity.entry.en}
          </span>
          <ArabicTerm entry={entity.entry} />
        </span>
        {/* The number seen, the counted words heard. */}
        <span class="count">
          <span aria-hidden="true">{number(entity.count)}</span>
          <span class="visually-hidden">{plural('mentions', entity.count)}</span>
        </span>
      </button>
      {open && details(id)}
    </li>
  );
}

/** The page's entities grouped by type; each opens onto its sentences, note, history and actions. */
export function EntityList(props: { entities: readonly PageEntity[]; pageUrl: string }): JSX.Element {
  const { entities, pageUrl } = props;
  const { t, plural } = useI18n();
  return (
    <div class="entity-groups">
      {groupByType(entities).map((group) => (
        <section
          class="group"
          key={group.type}
          aria-label={t('popupGroup', { type: t(`type_${group.type}`), count: group.entities.length })}
        >
          <h3 class="group-head">
            <TypeBadge type={group.type} />
            <span class="muted small">
              {t('popupCounts', {
                entities: plural('entities', group.entities.length),
                mentions: plural('mentions', group.mentions),
              })}
            </span>
          </h3>
          <ul class="entities">
            {group.entities.map((entity) => (
              <EntityItem
                key={entity.entry.id}
                entity={entity}
                details={(id) => <EntityDetails id={id} entity={entity} pageUrl={pageUrl} />}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/**
 * The names on the page that the glossary lacks (suggested by the name finder), most mentioned first: each
 * opens onto its other spellings, its sentences and an Add to glossary form.
 */
export function SuggestedNames(props: {
  entities: readonly PageEntity[];
  onAdd(entry: GlossaryEntry): Promise<PutReply>;
}): JSX.Element {
  const { entities, onAdd } = props;
  const headingId = useId();
  const sorted = [...entities].sort((a, b) => b.count - a.count);
  const { t } = useI18n();
  return (
    <section class="suggested-names" aria-labelledby={headingId}>
      <h2 id={headingId} class="section-title">
        {t('popupSuggestedTitle')}
      </h2>
      <p class="small muted">{t('popupSuggestedHint')}</p>
      <ul class="entities">
        {sorted.map((entity) => (
          <EntityItem
            key={entity.entry.id}
            entity={entity}
            details={(id) => <SuggestionDetails id={id} entity={entity} onAdd={onAdd} />}
          />
        ))}
      </ul>
    </section>
  );
}
