export {
  localise,
  type FormatErrorCode,
  type IdentifierError,
  type IdentifierErrors,
  type IdentifierResult,
  type Invalid,
  type Language,
  type LocalisedText,
  type Valid,
} from './messages.ts';
export {
  syntheticNationalId,
  validateNationalId,
  type NationalIdDetails,
  type NationalIdErrorCode,
  type NationalIdKind,
  type NationalIdResult,
  type Sex,
} from './national-id.ts';
export {
  organisationNumberFromBase,
  validateOrganisationNumber,
  type OrganisationNumberErrorCode,
  type OrganisationNumberResult,
} from './organisation-number.ts';
export { validateHprNumber, type HprNumberErrorCode, type HprNumberResult } from './hpr-number.ts';
export {
  validateMunicipalityNumber,
  type MunicipalityNumberErrorCode,
  type MunicipalityNumberResult,
} from './municipality-number.ts';
